import { labelSlots } from '../../../../shared/documents/label-slots';
import type { LabelSheet } from '../../../../shared/documents/catalogue.types';

/**
 * A scale drawing of a label sheet: the paper and every label on it; labels before `startAt`
 * are shaded as already used. Labels running off the paper show outside its edge.
 */
export function SheetDrawing({ sheet, label, startAt = 1, height = 220 }: { sheet: Pick<LabelSheet, 'paper' | 'layouts' | 'widthMm' | 'heightMm' | 'cornerRadiusMm'>; label: string; startAt?: number; height?: number }) {
  const slots = labelSlots(sheet);
  const { widthMm: w, heightMm: h } = sheet.paper;
  const maxX = Math.max(w, ...slots.map((s) => s.x + s.w));
  const maxY = Math.max(h, ...slots.map((s) => s.y + s.h));
  const minX = Math.min(0, ...slots.map((s) => s.x));
  const minY = Math.min(0, ...slots.map((s) => s.y));
  const pad = 2;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`}
      style={{ height, width: 'auto', maxWidth: '100%', display: 'block' }}
    >
      <rect x={0} y={0} width={w} height={h} fill="#fff" stroke="#868e96" strokeWidth={0.6} />
      {slots.map((s, i) => (
        <rect
          key={i}
          x={s.x}
          y={s.y}
          width={s.w}
          height={s.h}
          rx={Math.min(sheet.cornerRadiusMm, s.w / 2, s.h / 2)}
          fill={i < startAt - 1 ? '#dee2e6' : '#e7f5ff'}
          stroke="#1c7ed6"
          strokeWidth={0.4}
        />
      ))}
    </svg>
  );
}
