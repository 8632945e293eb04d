/** view: pan and zoom; pick: a click picks a seat; select: a drag draws a selection band. */
export type CanvasMode = 'view' | 'pick' | 'select';
