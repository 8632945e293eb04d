import { SetMetadata } from '@nestjs/common';

export const READS_PROJECTIONS = 'reads-projections';

/**
 * The projections a query reads (on its controller or handler). A request naming X-Min-Position
 * waits only for these to pass it, not for the slowest projection of all; a query declaring none
 * answers at once, and one that declares nothing waits for every projection.
 */
export const ReadsProjections = (...projections: string[]) => SetMetadata(READS_PROJECTIONS, projections);
