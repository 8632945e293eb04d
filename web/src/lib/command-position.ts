// Read-your-writes: after a command, queries wait until the read side has passed its position.
let lastPosition: string | undefined;

/** The log position the last organizer command reached (sent as X-Min-Position by later queries). */
export const lastCommandPosition = () => lastPosition;

export const rememberCommandPosition = (position: string | undefined) => {
  if (position) lastPosition = position;
};
