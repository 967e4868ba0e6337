/** The argument schema of every channel. `satisfies` ties each schema to the contract's type. */
import { z } from 'zod';
import type { ArgOf, Channel } from '../../../src/lib/ipc/contract';
import { settingsPatchSchema } from '../../../src/lib/settings/schema';

const noArgument = z.undefined({ error: 'This call takes no argument.' });

export const argumentSchemas = {
  'app:info': noArgument,
  'settings:get': noArgument,
  'settings:update': settingsPatchSchema,
} satisfies { [C in Channel]: z.ZodType<ArgOf<C>> };
