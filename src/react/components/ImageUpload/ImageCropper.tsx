import {
  Button,
  Field,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';

/** ImageUpload `crop`, as `layout.schema.v1.json` describes it (sizes in pixels of the result). */
export type CropConfig =
  { shape: 'circle'; diameter?: number } | { shape: 'rectangle'; width?: number; height?: number };

const DEFAULT_SIZE = 250;
/** How far past "just covers the frame" the image can be enlarged. */
const MAX_ZOOM = 4;
const STEP = 10;
const BIG_STEP = 50;
const ZOOM_STEP = 0.1;

export function cropSize(crop: CropConfig): { width: number; height: number } {
  const positive = (value: number | undefined) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : DEFAULT_SIZE;
  if (crop.shape === 'circle') {
    const diameter = positive(crop.diameter);
    return { width: diameter, height: diameter };
  }
  return { width: positive(crop.width), height: positive(crop.height) };
}

interface Placement {
  /** Image pixels per result pixel times the cover scale: 1 = the image just covers the frame. */
  zoom: number;
  /** Where the image's top-left corner is, in result pixels from the frame's top-left. */
  x: number;
  y: number;
}

interface Natural {
  width: number;
  height: number;
}

/** The image always covers the whole frame, so the result has no empty corners. */
function clamp(placement: Placement, image: Natural, frame: Natural): Placement {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, placement.zoom));
  const scale = coverScale(image, frame) * zoom;
  const width = image.width * scale;
  const height = image.height * scale;
  return {
    zoom,
    x: Math.min(0, Math.max(frame.width - width, placement.x)),
    y: Math.min(0, Math.max(frame.height - height, placement.y)),
  };
}

function coverScale(image: Natural, frame: Natural): number {
  return Math.max(frame.width / image.width, frame.height / image.height);
}

/** Zooms about the frame's centre, so what the user looks at stays in view. */
function zoomTo(placement: Placement, zoom: number, image: Natural, frame: Natural): Placement {
  const before = coverScale(image, frame) * placement.zoom;
  const after = coverScale(image, frame) * Math.min(MAX_ZOOM, Math.max(1, zoom));
  const cx = frame.width / 2;
  const cy = frame.height / 2;
  const ratio = after / before;
  return clamp({ zoom, x: cx - (cx - placement.x) * ratio, y: cy - (cy - placement.y) * ratio }, image, frame);
}

/** Draws what the frame shows into a canvas of the frame's size; a circle leaves its corners transparent. */
async function render(image: HTMLImageElement, placement: Placement, frame: Natural, crop: CropConfig): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  if (crop.shape === 'circle') {
    context.beginPath();
    context.arc(frame.width / 2, frame.height / 2, frame.width / 2, 0, Math.PI * 2);
    context.clip();
  }
  const natural = { width: image.naturalWidth, height: image.naturalHeight };
  const scale = coverScale(natural, frame) * placement.zoom;
  context.drawImage(image, placement.x, placement.y, natural.width * scale, natural.height * scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image from canvas'))), 'image/png'),
  );
}

export interface ImageCropperProps {
  id: string;
  file: File;
  crop: CropConfig;
  onCropped(file: File): void;
  onCancel(): void;
}

/**
 * The chosen image under a frame of the result's shape and size: drag it or use the arrow keys to
 * move it, the slider or +/− to zoom, then Save uploads just the framed part as a PNG.
 */
export function ImageCropper({ id, file, crop, onCropped, onCancel }: ImageCropperProps) {
  const texts = useTextResolver();
  const frame = cropSize(crop);
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [natural, setNatural] = useState<Natural | undefined>(undefined);
  const [placement, setPlacement] = useState<Placement>({ zoom: 1, x: 0, y: 0 });
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const imageRef = useRef<HTMLImageElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ pointer: number; x: number; y: number } | undefined>(undefined);

  useEffect(() => {
    // A data URL rather than an object URL: nothing to revoke, so remounts cannot break the image.
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? setUrl(reader.result) : setFailed(true));
    reader.onerror = () => setFailed(true);
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);

  const loaded = () => {
    const image = imageRef.current;
    if (!image || !image.naturalWidth || !image.naturalHeight) {
      setFailed(true);
      return;
    }
    const size = { width: image.naturalWidth, height: image.naturalHeight };
    const scale = coverScale(size, frame);
    setNatural(size);
    // The frame takes the keys once there is something to move.
    frameRef.current?.focus();
    setPlacement({
      zoom: 1,
      x: (frame.width - size.width * scale) / 2,
      y: (frame.height - size.height * scale) / 2,
    });
  };

  const move = (dx: number, dy: number) =>
    natural &&
    setPlacement((previous) => clamp({ ...previous, x: previous.x + dx, y: previous.y + dy }, natural, frame));
  const zoom = (next: number) => natural && setPlacement((previous) => zoomTo(previous, next, natural, frame));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    // Arrows move the image, as if dragging it: ArrowLeft shows more of its right side.
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const delta = moves[event.key];
    if (delta) move(...delta);
    else if (event.key === '+' || event.key === '=') zoom(placement.zoom + ZOOM_STEP);
    else if (event.key === '-' || event.key === '−') zoom(placement.zoom - ZOOM_STEP);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.pointer !== event.pointerId) return;
    // The frame may be drawn smaller than the result on a narrow screen: convert screen pixels back.
    const shown = event.currentTarget.getBoundingClientRect().width || frame.width;
    const ratio = frame.width / shown;
    move((event.clientX - start.x) * ratio, (event.clientY - start.y) * ratio);
    drag.current = { ...start, x: event.clientX, y: event.clientY };
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };

  const save = async () => {
    const image = imageRef.current;
    if (!image || !natural) return;
    setSaving(true);
    try {
      const blob = await render(image, placement, frame, crop);
      const name = `${file.name.replace(/\.[^.]*$/, '') || 'image'}.png`;
      onCropped(new File([blob], name, { type: 'image/png' }));
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const scale = natural ? coverScale(natural, frame) * placement.zoom : 1;
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  const instructionsId = `${id}-crop-instructions`;
  return (
    <Fieldset className="skjema-cropper">
      <FieldsetLegend>{texts.resolve('image_upload.crop_title')}</FieldsetLegend>
      <FieldsetDescription id={instructionsId}>{texts.resolve('image_upload.crop_instructions')}</FieldsetDescription>
      {/* `application`: screen readers hand the arrow and +/- keys to the frame instead of reading on. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a 2D move-and-zoom surface has no interactive role; keys and pointer are its whole point */}
      <div
        ref={frameRef}
        className="skjema-crop-frame"
        data-shape={crop.shape}
        style={{ width: `min(100%, ${frame.width}px)`, aspectRatio: `${frame.width} / ${frame.height}` }}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the frame is what the keys move
        tabIndex={0}
        role="application"
        aria-label={texts.resolve('image_upload.crop_area', { params: [file.name] })}
        aria-describedby={instructionsId}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        {url && !failed && (
          <img
            ref={imageRef}
            src={url}
            alt=""
            draggable={false}
            onLoad={loaded}
            onError={() => setFailed(true)}
            style={
              natural && {
                left: percent(placement.x, frame.width),
                top: percent(placement.y, frame.height),
                width: percent(natural.width * scale, frame.width),
                height: percent(natural.height * scale, frame.height),
              }
            }
          />
        )}
      </div>
      <Field>
        <Label htmlFor={`${id}-zoom`}>{texts.resolve('image_upload.zoom')}</Label>
        <input
          id={`${id}-zoom`}
          className="skjema-crop-zoom"
          type="range"
          min={100}
          max={MAX_ZOOM * 100}
          step={ZOOM_STEP * 100}
          value={Math.round(placement.zoom * 100)}
          aria-valuetext={`${Math.round(placement.zoom * 100)} %`}
          disabled={!natural}
          onChange={(event) => zoom(Number(event.target.value) / 100)}
        />
      </Field>
      {failed && (
        <ValidationMessage role="alert">
          {texts.resolve('image_upload.unreadable', { params: [file.name] })}
        </ValidationMessage>
      )}
      <div className="skjema-field-row">
        <Button type="button" data-size="sm" disabled={!natural || failed || saving} onClick={() => void save()}>
          {texts.resolve('general.save')}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onCancel}>
          {texts.resolve('general.cancel')}
        </Button>
      </div>
    </Fieldset>
  );
}
