// Build-time only: reads the ladder (src/stories/facts/guarantee-ladder.json) and validates it, so a
// rung without a source or an "as of" date fails the build. Each rung's credit line comes from its source ids.
import { ladderFile, parseFacts } from '../../../stories/facts/schema';
import ladder from '../../../stories/facts/guarantee-ladder.json';
import { dayText } from '../../../lib/day-text';
import { creditLine } from '../../../stories/facts/credits';
import { LADDER_STATES } from './guarantee-ladder.config';
import type { LadderData } from './guarantee-ladder.state';

export function prepare(): LadderData {
  const file = parseFacts(ladderFile, ladder, 'guarantee-ladder.json');
  const ids = file.rungs.map((r) => r.id);
  for (const [state, spec] of Object.entries(LADDER_STATES))
    for (const id of spec.highlight)
      if (!ids.includes(id)) throw new Error(`guarantee-ladder state "${state}" names rung "${id}", which src/stories/facts/guarantee-ladder.json does not have`);
  return {
    reading: file.reading,
    rungs: file.rungs.map((r, i) => ({
      ...r,
      level: i + 1,
      attribution: creditLine(r.sources),
      asOfText: dayText(r.asOf),
      proposal: r.proposal ?? false,
    })),
  };
}
