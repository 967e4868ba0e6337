/** A movement picture's stored shape, apart from pictures.ts so that the renderer's bundle does not carry zod for it. */
import { z } from 'zod';
import { PICTURE_EXTENSIONS, PICTURE_FILE_PATTERN, PICTURE_LIMITS } from './pictures';
import type { MovementPicture } from './types';

/** A picture's stored shape; the extension must match the type. */
export const movementPictureSchema = z
  .strictObject({
    file: z.string().regex(PICTURE_FILE_PATTERN, 'must be a picture file name'),
    type: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml']),
    bytes: z.number().int().min(1).max(PICTURE_LIMITS.maxBytes),
    width: z.number().positive().max(PICTURE_LIMITS.maxSide),
    height: z.number().positive().max(PICTURE_LIMITS.maxSide),
  })
  .refine(
    (p) => p.file.endsWith(`.${PICTURE_EXTENSIONS[p.type]}`),
    'must have the extension of its type',
  ) satisfies z.ZodType<MovementPicture>;
