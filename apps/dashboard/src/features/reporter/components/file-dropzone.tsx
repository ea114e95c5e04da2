import { useId, useRef, useState, type DragEvent } from 'react';

import { useReporterT } from '../reporter-messages';

export const ACCEPTED_EXTENSIONS = ['.docx', '.pdf', '.html', '.htm', '.txt', '.xlsx'] as const;

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface FileDropzoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
  /** id of the message that describes the last problem with a file (aria-describedby). */
  errorId?: string;
}

/** Drag and drop or choose a report file; a file of another type is refused here, before any upload. */
export function FileDropzone({ onFile, disabled, errorId }: FileDropzoneProps) {
  const t = useReporterT();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  const [wrongType, setWrongType] = useState<string | null>(null);
  const wrongTypeId = `${inputId}-wrong-type`;

  const accept = (file: File | undefined) => {
    if (!file) return;
    if (!hasAcceptedExtension(file.name)) {
      setWrongType(file.name);
      return;
    }
    setWrongType(null);
    onFile(file);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setIsOver(false);
    if (!disabled) accept(e.dataTransfer.files[0]);
  };

  return (
    <div>
      <div
        className={isOver ? 'rp-dropzone rp-dropzone--active' : 'rp-dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>
          {t('upload.drop')}{' '}
          <button type="button" onClick={() => inputRef.current?.click()} disabled={disabled}>
            {t('upload.choose')}
          </button>
        </p>
        <label htmlFor={inputId} className="small">
          {t('upload.fileInput')}
        </label>{' '}
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={ACCEPTED_EXTENSIONS.join(',')}
          disabled={disabled}
          aria-describedby={[wrongType ? wrongTypeId : null, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            accept(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="small muted">{t('upload.formats')}</p>
      </div>
      {wrongType && (
        <div className="rp-error" role="alert" id={wrongTypeId}>
          {t('upload.wrongType', { name: wrongType })}
        </div>
      )}
    </div>
  );
}
