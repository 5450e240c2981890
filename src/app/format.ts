import { formatNumber, numberFormat, type Lang } from '../i18n/lang.ts';

/** A metric value for display: '–' when undefined. */
export function formatValue(value: number | undefined, lang: Lang, digits = 3): string {
  return value === undefined || !Number.isFinite(value) ? '–' : formatNumber(value, lang, digits);
}

export function formatCount(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

export function formatShare(value: number, lang: Lang): string {
  return numberFormat(lang, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}
