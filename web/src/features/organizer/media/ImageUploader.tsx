import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Image, Progress, Stack, Text, TextInput } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UploadIcon } from '../../../lib/icons';
import { ACCEPTED_LABEL, MAX_ALT_LENGTH, MAX_IMAGE_BYTES, altProblem, fileProblem, formatBytes } from './imageCheck';
import { ACCEPTED_TYPES, type ImageRole } from './media.api';
import { useUploadImage } from './useEventMedia';

type Props = {
  eventId: string;
  role: ImageRole;
  /** What the drop zone does: "Add a cover", "Replace the cover", "Add a gallery image". */
  label: string;
  /** Why nothing can be added now (e.g. a full gallery). */
  blocked?: string;
};

/** Choose or drop one image, describe it, upload it with progress; refusals show the server's own words. */
export function ImageUploader({ eventId, role, label, blocked }: Props) {
  const upload = useUploadImage(eventId);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [alt, setAlt] = useState('');
  const [altError, setAltError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [done, setDone] = useState('');
  const hintId = useId();
  const openRef = useRef<() => void>(null);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    upload.reset();
    setDone('');
    const problem = fileProblem(chosen);
    setFileError(problem);
    setFile(problem ? null : chosen);
  };
  const rejected = (rejections: FileRejection[]) => {
    const first = rejections[0];
    if (!first) return;
    setFile(null);
    setDone('');
    setFileError(
      first.errors.some((e) => e.code === 'too-many-files')
        ? 'Choose one image at a time.'
        : (fileProblem(first.file) ?? first.errors[0]?.message ?? 'This file cannot be used.'),
    );
  };
  const discard = () => {
    setFile(null);
    setAlt('');
    setAltError(null);
    upload.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const problem = altProblem(alt);
    setAltError(problem);
    if (problem) return;
    setProgress(0);
    upload.mutate(
      { file, role, alt: alt.trim(), onProgress: setProgress },
      {
        onSuccess: () => {
          setDone(`Uploaded “${alt.trim()}”.`);
          setFile(null);
          setAlt('');
        },
      },
    );
  };

  if (blocked) return <Text size="sm">{blocked}</Text>;
  return (
    <Stack gap="sm">
      {!file && (
        <Dropzone
          onDrop={(files) => choose(files[0])}
          onReject={rejected}
          accept={ACCEPTED_TYPES}
          maxSize={MAX_IMAGE_BYTES}
          multiple={false}
          useFsAccessApi={false}
          // The button inside is the one control (keyboard and click); the zone itself only takes drops.
          activateOnClick={false}
          activateOnKeyboard={false}
          openRef={openRef}
          enablePointerEvents
          inputProps={{ 'aria-label': `${label}: image file` }}
          p="md"
        >
          <Group gap="sm" wrap="nowrap" mih={56}>
            <UploadIcon size={28} />
            <Stack gap={4} style={{ flex: 1 }}>
              <Text fw={600}>{label}</Text>
              <Text size="sm" c="dimmed" id={hintId}>
                Drag an image here or choose one. {ACCEPTED_LABEL}.
              </Text>
            </Stack>
            <Button
              variant="default"
              onClick={() => openRef.current?.()}
              aria-label={`Choose image to ${label.toLowerCase()}`}
              aria-describedby={hintId}
            >
              Choose image
            </Button>
          </Group>
        </Dropzone>
      )}
      {fileError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {fileError}
        </Text>
      )}
      {file && (
        <form onSubmit={submit} noValidate aria-label={label}>
          <Group align="flex-start" gap="md" wrap="wrap">
            {preview && <Image src={preview} alt="" w={120} h={90} fit="cover" radius="sm" style={{ flexShrink: 0 }} />}
            <Stack gap="xs" style={{ flex: '1 1 16rem' }}>
              <Text size="sm">
                {file.name} · {formatBytes(file.size)}
              </Text>
              <TextInput
                label="Alt text"
                description="What the image shows, for people who cannot see it."
                required
                maxLength={MAX_ALT_LENGTH}
                value={alt}
                error={altError}
                disabled={upload.isPending}
                onChange={(e) => {
                  setAlt(e.currentTarget.value);
                  setAltError(null);
                }}
                data-autofocus
              />
              {upload.isPending && (
                <Progress value={Math.round(progress * 100)} aria-label={`Uploading ${file.name}`} animated />
              )}
              <Group gap="xs">
                <Button type="submit" loading={upload.isPending}>
                  Upload
                </Button>
                <Button variant="default" onClick={discard} disabled={upload.isPending}>
                  Choose another
                </Button>
              </Group>
            </Stack>
          </Group>
        </form>
      )}
      {upload.isError && <ProblemAlert error={upload.error} title="The image was not added" />}
      <Text size="sm" role="status">
        {done}
      </Text>
    </Stack>
  );
}
