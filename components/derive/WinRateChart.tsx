import type { ScoreBand } from '../../lib/derive/backtest';
import { useI18n } from '../../lib/i18n/react';

interface Props {
  title: string;
  bands: readonly ScoreBand[];
  /** The win rate at the top of the scale, shared by the charts side by side. */
  scale: number;
}

const WIDTH = 300;
const HEIGHT = 140;
const BOTTOM = 18;
const TOP = 14;

/** Win rate per score band (0-10 … 90-100) as bars; empty bands are marked, not drawn as zero. */
export function WinRateChart({ title, bands, scale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const step = WIDTH / bands.length;
  const usable = HEIGHT - BOTTOM - TOP;
  const top = scale > 0 ? scale : 1;
  const summary = bands
    .map((band) =>
      t('chartBand', [
        band.from,
        band.to,
        band.winRate === null ? t('chartNoDeals') : i18n.percent(band.winRate),
      ]),
    )
    .join(t('listSeparator'));
  return (
    <svg
      className="derive-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('chartLabel', [title, summary])}
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="derive-axis" />
      {bands.map((band, index) => {
        const x = index * step + 3;
        const closed = band.won + band.lost;
        const height = band.winRate === null ? 0 : (band.winRate / top) * usable;
        return (
          <g key={band.from}>
            <title>
              {t('chartBandTitle', [
                band.from,
                band.to,
                band.winRate === null
                  ? t('chartNoClosedDeals')
                  : t('chartWonShare', [
                      i18n.percent(band.winRate),
                      i18n.tn('closedDeals', closed),
                    ]),
              ])}
            </title>
            {band.winRate === null ? (
              <text x={x + (step - 6) / 2} y={HEIGHT - BOTTOM - 3} className="derive-chart-empty">
                ·
              </text>
            ) : (
              <rect
                x={x}
                y={HEIGHT - BOTTOM - height}
                width={step - 6}
                height={Math.max(height, 1)}
                className="derive-bar"
              />
            )}
            {band.winRate !== null && height > 0 && (
              <text
                x={x + (step - 6) / 2}
                y={HEIGHT - BOTTOM - height - 3}
                className="derive-chart-value"
              >
                {Math.round(band.winRate * 100)}
              </text>
            )}
            <text x={x + (step - 6) / 2} y={HEIGHT - 5} className="derive-chart-label">
              {band.from}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
