// The fault matrix (fault-matrix.tsx), part 2 of 2: mutations 8–end of its list.
import { CASES, runMatrix } from './fault-matrix';

runMatrix('part 2 of 2', CASES.slice(7));
