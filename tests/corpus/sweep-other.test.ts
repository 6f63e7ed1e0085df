/** Corpus sweep over `readability/` and `nonarticle/` (see `sweep.ts`). */
import { sweep } from './sweep';

sweep(['readability', 'nonarticle']);
