// `Reorder`: every pool in one list, moved by dragging its handle, by the keyboard on that handle (Space
// picks it up, the arrow keys move it, Space drops it, Escape puts it back) or by its Move up / Move down
// buttons. Nothing is sent until Save, and then as one change: PUT /workerpools/sortorder with every pool
// id (§1.4). A failed save keeps the dialog open with the order as arranged, and says why.
// Loaded on demand (drag and drop is not needed on a first visit).
import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DragIndicator from '@mui/icons-material/DragIndicator';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useSortWorkerPools } from '../../api/worker-pools';
import { BusyButton } from '../../components/busy-button';
import { DefaultPoolMarker } from '../../components/default-pool-marker';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { moveId } from './reorder';

export interface ReorderPool {
  Id: string;
  Name: string;
  IsDefault: boolean;
}

export interface ReorderPoolsDialogProps {
  spaceId: string;
  /** Every pool of the space, in today's order. */
  pools: readonly ReorderPool[];
  onClose: () => void;
  onSaved: () => void;
}

export const moveButtonId = (poolId: string, delta: -1 | 1) => `reorder-${poolId}-${delta < 0 ? 'up' : 'down'}`;

const INSTRUCTIONS =
  'To move a pool with the keyboard, focus its handle and press Space to pick it up, the arrow keys to move it, ' +
  'and Space again to drop it. Escape puts it back where it was.';

export default function ReorderPoolsDialog({ spaceId, pools, onClose, onSaved }: ReorderPoolsDialogProps) {
  const [order, setOrder] = useState<string[]>(() => pools.map((p) => p.Id));
  const byId = useMemo(() => new Map(pools.map((p) => [p.Id, p])), [pools]);
  const sort = useSortWorkerPools(spaceId);
  const changed = order.some((id, i) => id !== pools[i]?.Id);
  // Escape during a keyboard drag puts the pool back; it must not also close the dialog.
  const dragging = useRef(false);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const nameOf = useCallback((id: UniqueIdentifier) => byId.get(String(id))?.Name ?? 'The pool', [byId]);
  const position = (id: UniqueIdentifier | undefined) => (id === undefined ? 0 : order.indexOf(String(id)) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, position ${position(active.id)} of ${order.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over position ${position(over.id)} of ${order.length}.` : `${nameOf(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped at position ${position(over.id)} of ${order.length}.` : `${nameOf(active.id)} put back.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${nameOf(active.id)} is back at position ${position(active.id)}.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    dragging.current = false;
    if (!over || active.id === over.id) return;
    setOrder((ids) => arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };

  /** A Move up / Move down button: focus follows the pool (its row's node moves, and a moved node loses focus). */
  const move = (id: string, delta: -1 | 1) => {
    const next = moveId(order, id, delta);
    flushSync(() => setOrder(next));
    const index = next.indexOf(id);
    const atEdge = delta < 0 ? index === 0 : index === next.length - 1;
    document.getElementById(moveButtonId(id, atEdge ? (-delta as -1 | 1) : delta))?.focus();
  };

  const close = () => {
    if (sort.isPending) return;
    onClose();
  };

  const save = async () => {
    if (!changed) return onClose();
    try {
      await sort.mutateAsync(order);
      onSaved();
    } catch {
      // Shown below from the mutation's error; the arranged order stays for a retry.
    }
  };

  return (
    <Dialog
      open
      fullWidth
      maxWidth="sm"
      scroll="paper"
      aria-labelledby="reorder-pools-title"
      aria-describedby="reorder-pools-help"
      onClose={(_event, reason) => {
        if (dragging.current) return;
        // A click beside the dialog must not throw away an arranged order.
        if (reason === 'backdropClick' && changed) return;
        close();
      }}
    >
      <DialogTitle id="reorder-pools-title">Reorder worker pools</DialogTitle>
      <DialogContent dividers>
        <Typography id="reorder-pools-help" variant="body2" sx={{ mb: 1.5 }}>
          This is the order in which pools are listed here and offered when choosing a step&apos;s pool. It does not
          change where any step runs. Drag a pool by its handle, or use its arrow buttons.
        </Typography>
        {sort.error && !sort.isPending && <QueryErrorAlert context="The new order was not saved" error={sort.error} />}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
          onDragStart={() => {
            dragging.current = true;
          }}
          onDragEnd={onDragEnd}
          onDragCancel={() => {
            dragging.current = false;
          }}
        >
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            <Box component="ol" aria-label="Worker pools in order" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {order.map((id, i) => {
                const pool = byId.get(id);
                return pool ? (
                  <SortablePool key={id} pool={pool} index={i} count={order.length} onMove={move} disabled={sort.isPending} />
                ) : null;
              })}
            </Box>
          </SortableContext>
        </DndContext>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={sort.isPending}>
          Cancel
        </Button>
        <BusyButton variant="contained" busy={sort.isPending} onClick={() => void save()}>
          Save
        </BusyButton>
      </DialogActions>
      <UnsavedChangesPrompt when={changed && !sort.isPending} what="The worker pools were reordered but the order was not saved." />
    </Dialog>
  );
}

interface SortablePoolProps {
  pool: ReorderPool;
  index: number;
  count: number;
  onMove: (id: string, delta: -1 | 1) => void;
  disabled: boolean;
}

function SortablePool({ pool, index, count, onMove, disabled }: SortablePoolProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: pool.Id,
    disabled,
  });
  return (
    <Box
      component="li"
      ref={setNodeRef}
      aria-label={pool.Name}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        py: 0.5,
        px: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: isDragging ? 'action.selected' : 'background.paper',
        position: 'relative',
        zIndex: isDragging ? 1 : 'auto',
      }}
    >
      <IconButton
        ref={setActivatorNodeRef}
        size="small"
        {...attributes}
        {...listeners}
        aria-label={`Drag ${pool.Name}`}
        sx={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none' }}
      >
        <DragIndicator fontSize="small" />
      </IconButton>
      <Typography component="span" variant="body2" sx={{ color: 'text.secondary', minWidth: '2.5em', textAlign: 'right' }} aria-hidden>
        {index + 1}.
      </Typography>
      <Box sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        {pool.Name}
        {pool.IsDefault && <DefaultPoolMarker />}
      </Box>
      <IconButton
        id={moveButtonId(pool.Id, -1)}
        size="small"
        aria-label={`Move ${pool.Name} up`}
        disabled={disabled || index === 0}
        onClick={() => onMove(pool.Id, -1)}
      >
        <ArrowUpward fontSize="small" />
      </IconButton>
      <IconButton
        id={moveButtonId(pool.Id, 1)}
        size="small"
        aria-label={`Move ${pool.Name} down`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(pool.Id, 1)}
      >
        <ArrowDownward fontSize="small" />
      </IconButton>
    </Box>
  );
}
