// The fault matrix (fault-matrix.tsx), part 1 of 2: mutations 1–7 of its list.
import { CASES, runMatrix } from './fault-matrix';

runMatrix('part 1 of 2', CASES.slice(0, 7));
