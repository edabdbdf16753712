// One dimension's calibrated scores on the rubric's 1–4 scale: a filled dot for the
// calibrated score, a hollow ring for the raw mean, the 95% interval as a bar, the number of
// raters beside it, and brackets around neighbours that are too close to call. Rendered
// with visx on the server and the client alike (fixed viewBox, nothing measured).
import { AxisBottom, AxisTop } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, Circle, Line } from "@visx/shape";
import { Text } from "@visx/text";
import type { DimensionComparison } from "#app/domain/comparison";
import { interval, raters, score } from "./format";
import { PLOT_COLORS, type ScaleLevel } from "./plot-theme";

const WIDTH = 920;
const ROW = 46;
const GAP_ROW = "gap:";
const MARGIN = { top: 34, right: 196, bottom: 54, left: 214 };

type Props = {
  id: string;
  dimension: DimensionComparison;
  scale: ScaleLevel[];
};

/** Row keys: candidates group by group, with a spacer row before each unlinked group. */
function rowKeys(dimension: DimensionComparison): string[] {
  const keys: string[] = [];
  let component = 0;
  for (const entry of dimension.scores) {
    if (entry.component !== component) {
      component = entry.component;
      keys.push(`${GAP_ROW}${component}`);
    }
    keys.push(entry.candidateId);
  }
  return keys;
}

function describeDimension(dimension: DimensionComparison): string {
  const order = dimension.scores
    .map(
      (entry) =>
        `${entry.name} ${score(entry.calibrated)} (95% interval ${interval(entry.low, entry.high)}, raw mean ${score(entry.raw)}, ${raters(entry.raters)}${entry.flag === "none" ? "" : `, ${entry.flag} flag`}${entry.linked ? "" : ", not linked"})`,
    )
    .join("; ");
  const names = new Map(dimension.scores.map((s) => [s.candidateId, s.name]));
  const close = dimension.tooCloseToCall
    .map((run) => run.map((id) => names.get(id) ?? id).join(", "))
    .join("; and ");
  return `Calibrated order, highest first: ${order}.${close ? ` Too close to call: ${close}.` : ""}`;
}

export function DotIntervalPlot({ id, dimension, scale }: Props) {
  const keys = rowKeys(dimension);
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = keys.length * ROW;
  const height = innerHeight + MARGIN.top + MARGIN.bottom;
  const x = scaleLinear<number>({ domain: [1, 4], range: [0, innerWidth] });
  const y = scaleBand<string>({ domain: keys, range: [0, innerHeight] });
  const centre = (key: string) => (y(key) ?? 0) + y.bandwidth() / 2;
  const labels = new Map(scale.map((level) => [level.score, level.label]));
  const tickValues = scale.map((level) => level.score);
  const bracketX = innerWidth + 118;

  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full min-w-[36rem]"
    >
      <title id={`${id}-title`}>
        {`${dimension.title}: calibrated scores with 95% intervals on the 1 to 4 scale`}
      </title>
      <desc id={`${id}-desc`}>{describeDimension(dimension)}</desc>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {tickValues.map((value) => (
          <Line
            key={value}
            from={{ x: x(value), y: -6 }}
            to={{ x: x(value), y: innerHeight }}
            stroke={PLOT_COLORS.grid}
            strokeWidth={1}
          />
        ))}
        {tickValues.slice(0, -1).map((value) => (
          <Line
            key={`half-${value}`}
            from={{ x: x(value + 0.5), y: 0 }}
            to={{ x: x(value + 0.5), y: innerHeight }}
            stroke={PLOT_COLORS.grid}
            strokeDasharray="2 4"
            strokeWidth={1}
          />
        ))}
        {keys.map((key, index) =>
          key.startsWith(GAP_ROW) ? (
            <Group key={key} top={centre(key)}>
              <Line
                from={{ x: -MARGIN.left + 8, y: 0 }}
                to={{ x: innerWidth + MARGIN.right - 8, y: 0 }}
                stroke={PLOT_COLORS.notLinked}
                strokeDasharray="6 4"
              />
              <Text
                x={-MARGIN.left + 8}
                y={-6}
                fontSize={12}
                fontWeight={600}
                fill={PLOT_COLORS.notLinked}
              >
                Not linked to the group above: not comparable with it
              </Text>
            </Group>
          ) : (
            <CandidateRow
              key={key}
              entry={dimension.scores.find((s) => s.candidateId === key)}
              top={centre(key)}
              striped={index % 2 === 1}
              x={x}
              innerWidth={innerWidth}
            />
          ),
        )}
        {dimension.tooCloseToCall.map((run) => {
          const first = centre(run[0] ?? "");
          const last = centre(run[run.length - 1] ?? "");
          return (
            <Group key={run.join("|")}>
              <Line
                from={{ x: bracketX - 8, y: first - 10 }}
                to={{ x: bracketX, y: first - 10 }}
                stroke={PLOT_COLORS.bracket}
                strokeWidth={1.5}
              />
              <Line
                from={{ x: bracketX, y: first - 10 }}
                to={{ x: bracketX, y: last + 10 }}
                stroke={PLOT_COLORS.bracket}
                strokeWidth={1.5}
              />
              <Line
                from={{ x: bracketX - 8, y: last + 10 }}
                to={{ x: bracketX, y: last + 10 }}
                stroke={PLOT_COLORS.bracket}
                strokeWidth={1.5}
              />
              <Text
                x={bracketX + 8}
                y={(first + last) / 2 - 8}
                fontSize={12}
                fill={PLOT_COLORS.bracket}
                verticalAnchor="middle"
              >
                too close
              </Text>
              <Text
                x={bracketX + 8}
                y={(first + last) / 2 + 8}
                fontSize={12}
                fill={PLOT_COLORS.bracket}
                verticalAnchor="middle"
              >
                to call
              </Text>
            </Group>
          );
        })}
        {keys.length > 8 ? (
          <AxisTop
            scale={x}
            tickValues={tickValues}
            hideAxisLine
            hideTicks
            tickFormat={(value) => String(value)}
            tickLabelProps={{
              fill: PLOT_COLORS.axisText,
              fontSize: 12,
              textAnchor: "middle",
            }}
          />
        ) : null}
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={tickValues}
          stroke={PLOT_COLORS.axis}
          tickStroke={PLOT_COLORS.axis}
          tickFormat={(value) => {
            const level = Number(value);
            return `${level} · ${labels.get(level) ?? ""}`;
          }}
          tickLabelProps={{
            fill: PLOT_COLORS.axisText,
            fontSize: 13,
            textAnchor: "middle",
          }}
        />
        <Text
          x={innerWidth + 14}
          y={-14}
          fontSize={12}
          fill={PLOT_COLORS.muted}
          verticalAnchor="middle"
        >
          raters
        </Text>
      </Group>
    </svg>
  );
}

function CandidateRow({
  entry,
  top,
  striped,
  x,
  innerWidth,
}: {
  entry: DimensionComparison["scores"][number] | undefined;
  top: number;
  striped: boolean;
  x: (value: number) => number;
  innerWidth: number;
}) {
  if (!entry) return null;
  const lowClamped = entry.low === null || entry.low < entry.displayLow;
  const highClamped = entry.high === null || entry.high > entry.displayHigh;
  const flagColour =
    entry.flag === "red"
      ? PLOT_COLORS.red
      : entry.flag === "amber"
        ? PLOT_COLORS.amber
        : null;
  return (
    <Group top={top}>
      {striped ? (
        <Bar
          x={-MARGIN.left + 4}
          y={-ROW / 2}
          width={MARGIN.left + innerWidth + 100}
          height={ROW}
          fill={PLOT_COLORS.stripe}
        />
      ) : null}
      <Text
        x={-14}
        y={-8}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={14}
        fontWeight={600}
        fill={PLOT_COLORS.text}
      >
        {entry.name}
      </Text>
      <Text
        x={-14}
        y={10}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={12}
        fill={PLOT_COLORS.muted}
      >
        {entry.linked ? entry.code : `${entry.code} · not linked`}
      </Text>
      <Line
        from={{ x: x(entry.displayLow), y: 0 }}
        to={{ x: x(entry.displayHigh), y: 0 }}
        stroke={PLOT_COLORS.interval}
        strokeWidth={4}
        strokeLinecap="round"
      />
      {lowClamped ? null : (
        <Line
          from={{ x: x(entry.displayLow), y: -7 }}
          to={{ x: x(entry.displayLow), y: 7 }}
          stroke={PLOT_COLORS.interval}
          strokeWidth={2}
        />
      )}
      {highClamped ? null : (
        <Line
          from={{ x: x(entry.displayHigh), y: -7 }}
          to={{ x: x(entry.displayHigh), y: 7 }}
          stroke={PLOT_COLORS.interval}
          strokeWidth={2}
        />
      )}
      <Circle
        cx={x(entry.raw)}
        cy={0}
        r={7.5}
        fill="white"
        stroke={PLOT_COLORS.raw}
        strokeWidth={2}
      />
      <Circle
        cx={x(entry.calibrated)}
        cy={0}
        r={6}
        fill={entry.linked ? PLOT_COLORS.calibrated : PLOT_COLORS.notLinked}
        stroke="white"
        strokeWidth={1.5}
      />
      <Text
        x={innerWidth + 14}
        y={flagColour ? -8 : 0}
        verticalAnchor="middle"
        fontSize={13}
        fill={PLOT_COLORS.muted}
      >
        {`n = ${entry.raters}`}
      </Text>
      {flagColour ? (
        <Text
          x={innerWidth + 14}
          y={10}
          verticalAnchor="middle"
          fontSize={12}
          fontWeight={600}
          fill={flagColour}
        >
          {entry.flag === "red" ? "▲ red flag" : "● amber flag"}
        </Text>
      ) : null}
    </Group>
  );
}
