// The page's entry: start the engine from the module inlined in the page, then the page.

import * as glue from 'att-wasm';
import { startPage } from './app.js';
import { inlinedModule } from './session.js';

startPage(document, glue, inlinedModule(document));
