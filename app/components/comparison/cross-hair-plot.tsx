// Technical depth × team multiplier: each candidate at their two calibrated scores, with a
// cross-hair of their two 95% intervals, so "strong engineer, weak multiplier" is visible at
// a glance without blending the dimensions into one number.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar, Circle, Line } from "@visx/shape";
import { Text } from "@visx/text";
import type { CandidateScore } from "#app/domain/comparison";
import { interval, score } from "./format";
import { PLOT_COLORS, candidateColor, type ScaleLevel } from "./plot-theme";

const WIDTH = 740;
const HEIGHT = 560;
const MARGIN = { top: 20, right: 40, bottom: 64, left: 150 };
const LABEL_HEIGHT = 16;
// Average glyph width at 12px in the system sans: labels are placed without measuring, so
// the server and the browser draw the same picture.
const CHAR_WIDTH = 6.8;

export type CrossHairPoint = {
  candidateId: string;
  name: string;
  code: string;
  x: CandidateScore;
  y: CandidateScore;
  colorIndex: number;
};

type Props = {
  id: string;
  points: CrossHairPoint[];
  xTitle: string;
  yTitle: string;
  scale: ScaleLevel[];
};

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width &&
  b.x < a.x + a.width &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height;

/**
 * Puts each label beside its dot, trying four corners in turn and keeping the first that
 * overlaps no dot or earlier label (else the least crowded one): good enough for the 3–20
 * candidates of an opening, and deterministic.
 */
function placeLabels(
  dots: { x: number; y: number; text: string }[],
  bounds: { width: number; height: number },
): { x: number; y: number; anchor: "start" | "end" }[] {
  const placed: Box[] = dots.map((dot) => ({
    x: dot.x - 6,
    y: dot.y - 6,
    width: 12,
    height: 12,
  }));
  return dots.map((dot) => {
    const width = dot.text.length * CHAR_WIDTH;
    const candidates = [
      { dx: 9, dy: -LABEL_HEIGHT - 2, anchor: "start" as const },
      { dx: 9, dy: 4, anchor: "start" as const },
      { dx: -9, dy: -LABEL_HEIGHT - 2, anchor: "end" as const },
      { dx: -9, dy: 4, anchor: "end" as const },
    ].map((option) => {
      const box: Box = {
        x:
          option.anchor === "start"
            ? dot.x + option.dx
            : dot.x + option.dx - width,
        y: dot.y + option.dy,
        width,
        height: LABEL_HEIGHT,
      };
      const outside =
        box.x < -MARGIN.left / 2 ||
        box.x + box.width > bounds.width + MARGIN.right ||
        box.y < -MARGIN.top ||
        box.y + box.height > bounds.height;
      const collisions = placed.filter((other) => overlaps(box, other)).length;
      return { option, box, cost: collisions + (outside ? 10 : 0) };
    });
    const best = candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
    placed.push(best.box);
    return {
      x: dot.x + best.option.dx,
      y: best.box.y + LABEL_HEIGHT / 2,
      anchor: best.option.anchor,
    };
  });
}

function describeCrossHairs(
  points: CrossHairPoint[],
  xTitle: string,
  yTitle: string,
): string {
  return points
    .map(
      (point) =>
        `${point.name}: ${xTitle} ${score(point.x.calibrated)} (${interval(point.x.low, point.x.high)}), ${yTitle} ${score(point.y.calibrated)} (${interval(point.y.low, point.y.high)})${point.x.linked && point.y.linked ? "" : ", not linked"}`,
    )
    .join("; ");
}

export function CrossHairPlot({ id, points, xTitle, yTitle, scale }: Props) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  // A little room beyond 1 and 4 keeps the two axes' "1 · Not yet" labels apart and
  // dots at the scale's ends off the axis lines.
  const domain = [0.8, 4.2];
  const x = scaleLinear<number>({ domain, range: [0, innerWidth] });
  const y = scaleLinear<number>({ domain, range: [innerHeight, 0] });
  const labels = new Map(scale.map((level) => [level.score, level.label]));
  const tickValues = scale.map((level) => level.score);
  const tickFormat = (value: unknown) => {
    const level = Number(value);
    return `${level} · ${labels.get(level) ?? ""}`;
  };
  const solid = 3;
  const placements = placeLabels(
    points.map((point) => ({
      x: x(point.x.calibrated),
      y: y(point.y.calibrated),
      text:
        point.x.linked && point.y.linked
          ? point.name
          : `${point.name} (not linked)`,
    })),
    { width: innerWidth, height: innerHeight },
  );

  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full min-w-[36rem]"
    >
      <title id={`${id}-title`}>
        {`${xTitle} against ${yTitle}: calibrated scores with 95% intervals as cross-hairs`}
      </title>
      <desc id={`${id}-desc`}>
        {describeCrossHairs(points, xTitle, yTitle)}
      </desc>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <Bar
          x={x(solid)}
          y={0}
          width={innerWidth - x(solid)}
          height={y(solid)}
          fill={PLOT_COLORS.region}
        />
        <Text
          x={innerWidth - 6}
          y={12}
          textAnchor="end"
          verticalAnchor="middle"
          fontSize={12}
          fill={PLOT_COLORS.regionText}
        >
          Solid or better in both
        </Text>
        {tickValues.map((value) => (
          <Group key={value}>
            <Line
              from={{ x: x(value), y: 0 }}
              to={{ x: x(value), y: innerHeight }}
              stroke={PLOT_COLORS.grid}
            />
            <Line
              from={{ x: 0, y: y(value) }}
              to={{ x: innerWidth, y: y(value) }}
              stroke={PLOT_COLORS.grid}
            />
          </Group>
        ))}
        {points.map((point) => {
          const color = candidateColor(point.colorIndex);
          const dashed = point.x.linked && point.y.linked ? undefined : "5 4";
          const cx = x(point.x.calibrated);
          const cy = y(point.y.calibrated);
          return (
            <Group key={point.candidateId}>
              <Line
                from={{ x: x(point.x.displayLow), y: cy }}
                to={{ x: x(point.x.displayHigh), y: cy }}
                stroke={color}
                strokeOpacity={0.55}
                strokeWidth={2.5}
                strokeDasharray={dashed}
              />
              <Line
                from={{ x: cx, y: y(point.y.displayLow) }}
                to={{ x: cx, y: y(point.y.displayHigh) }}
                stroke={color}
                strokeOpacity={0.55}
                strokeWidth={2.5}
                strokeDasharray={dashed}
              />
            </Group>
          );
        })}
        {points.map((point, index) => {
          const color = candidateColor(point.colorIndex);
          const placement = placements[index];
          return (
            <Group key={`dot-${point.candidateId}`}>
              <Circle
                cx={x(point.x.calibrated)}
                cy={y(point.y.calibrated)}
                r={6}
                fill={color}
                stroke="white"
                strokeWidth={2}
              />
              {placement ? (
                <Text
                  x={placement.x}
                  y={placement.y}
                  textAnchor={placement.anchor}
                  verticalAnchor="middle"
                  fontSize={12}
                  fontWeight={600}
                  fill={color}
                  stroke="white"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {point.x.linked && point.y.linked
                    ? point.name
                    : `${point.name} (not linked)`}
                </Text>
              ) : null}
            </Group>
          );
        })}
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={tickValues}
          tickFormat={tickFormat}
          stroke={PLOT_COLORS.axis}
          tickStroke={PLOT_COLORS.axis}
          tickLabelProps={{
            fill: PLOT_COLORS.axisText,
            fontSize: 12,
            textAnchor: "middle",
          }}
          label={`${xTitle} (calibrated)`}
          labelOffset={18}
          labelProps={{
            fill: PLOT_COLORS.text,
            fontSize: 13,
            fontWeight: 600,
            textAnchor: "middle",
          }}
        />
        <AxisLeft
          scale={y}
          tickValues={tickValues}
          tickFormat={tickFormat}
          stroke={PLOT_COLORS.axis}
          tickStroke={PLOT_COLORS.axis}
          tickLabelProps={{
            fill: PLOT_COLORS.axisText,
            fontSize: 12,
            textAnchor: "end",
            verticalAnchor: "middle",
            dx: -4,
          }}
          label={`${yTitle} (calibrated)`}
          labelOffset={96}
          labelProps={{
            fill: PLOT_COLORS.text,
            fontSize: 13,
            fontWeight: 600,
            textAnchor: "middle",
          }}
        />
      </Group>
    </svg>
  );
}
