// The opening page's header: where it sits, its links, and its team context at a glance.
import { Link } from "@remix-run/react";
import { LEVEL_LABELS, type TargetLevel } from "#app/domain/levels";

export type OpeningSummaryValues = {
  title: string;
  targetLevel: TargetLevel;
  teamSize: number;
  seniorityMix: string;
  codingSharePercent: number;
  mainChallenge: string;
  rubricKey: string;
  rubricVersion: number;
  questionSetKey: string;
  questionSetVersion: number;
  exerciseKey: string;
  exerciseVersion: number;
};

export function OpeningSummary({ opening }: { opening: OpeningSummaryValues }) {
  return (
    <section>
      <p className="text-sm text-slate-600">
        <Link to="/admin" className="underline">
          Openings
        </Link>{" "}
        / {opening.title}
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{opening.title}</h1>
        <div className="flex flex-wrap gap-2">
          <Link
            to="comparison"
            className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
          >
            Calibrated comparison
          </Link>
          <Link
            to="edit"
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium"
          >
            Edit opening
          </Link>
        </div>
      </div>
      <dl className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-4">
        <div>
          <dt className="font-medium text-slate-600">Target level</dt>
          <dd>{LEVEL_LABELS[opening.targetLevel]}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Team</dt>
          <dd>
            {opening.teamSize} people · {opening.seniorityMix}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Coding share</dt>
          <dd>{opening.codingSharePercent}%</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Content</dt>
          <dd>
            {opening.rubricKey} v{opening.rubricVersion} ·{" "}
            {opening.questionSetKey} v{opening.questionSetVersion} ·{" "}
            {opening.exerciseKey} v{opening.exerciseVersion}
          </dd>
        </div>
        <div className="md:col-span-4">
          <dt className="font-medium text-slate-600">
            Main technical challenge
          </dt>
          <dd>{opening.mainChallenge}</dd>
        </div>
      </dl>
    </section>
  );
}
