import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import jsQR from 'jsqr';

const SCAN_EVERY_MS = 150;
/** A code held in front of the camera is reported once, not every frame. */
const SAME_CODE_QUIET_MS = 3000;

/**
 * The device camera, decoding QR codes with jsQR: frames are drawn to a canvas a few times a
 * second and each decoded text is reported once (again only after it left the view for a while).
 */
export function QrCamera({ onCode }: { onCode: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string>();
  const report = useRef(onCode);
  report.current = onCode;

  useEffect(() => {
    if (!on) return undefined;
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let last = { text: '', at: 0 };
    const tick = () => {
      const element = video.current;
      if (!stopped && element && context && element.readyState >= element.HAVE_ENOUGH_DATA && element.videoWidth) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        const now = Date.now();
        if (found?.data && (found.data !== last.text || now - last.at > SAME_CODE_QUIET_MS)) {
          report.current(found.data);
        }
        if (found?.data) last = { text: found.data, at: now };
      }
      if (!stopped) timer = window.setTimeout(tick, SCAN_EVERY_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        tick();
      })
      .catch((cause: unknown) => {
        setError(cause instanceof Error ? cause.message : String(cause));
        setOn(false);
      });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return (
    <Stack gap="xs">
      <Button
        onClick={() => {
          setError(undefined);
          setOn((value) => !value);
        }}
        variant={on ? 'default' : 'filled'}
      >
        {on ? 'Stop camera' : 'Start camera'}
      </Button>
      {error && (
        <Alert color="red" variant="light" title="The camera could not start" role="alert">
          <Text size="sm">{error}</Text>
        </Alert>
      )}
      <video
        ref={video}
        muted
        playsInline
        aria-label="Camera view for scanning ticket QR codes"
        style={{ width: '100%', maxWidth: 480, display: on ? 'block' : 'none', borderRadius: 8 }}
      />
    </Stack>
  );
}
