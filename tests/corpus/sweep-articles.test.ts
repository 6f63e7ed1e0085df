/** Corpus sweep over `zyte/` and `extra/` (see `sweep.ts`). */
import { sweep } from './sweep';

sweep(['zyte', 'extra']);
