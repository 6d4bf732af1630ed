import { summarizeActivities } from '../../../src/core/summarize/activities';
import { book, money } from '../../builders/book';

describe('activity spending', () => {
  const b = book({
    activities: [
      { row: 2, id: 'H01', name: '篮球赛', budget: 3000, participants: 40 },
      { row: 3, id: 'H02', name: '读书会', budget: null, participants: 0 },
    ],
    ledger: {
      entries: [
        { row: 2, expense: 2000, activity: 'H01' },
        { row: 3, expense: 1250, activity: 'h01' },
        { row: 4, expense: -50, activity: 'H01' },
        { row: 5, expense: 300, activity: 'H02' },
      ],
    },
  });

  test('variance is actual − budget and cost per participant is rounded to the fen', () => {
    const [h01] = summarizeActivities(b.ledger, b.activities!.items);
    expect(h01).toMatchObject({ actual: money(3200), variance: money(200), costPerParticipant: money(80), rows: [2, 3, 4] });
  });

  test('no variance without a budget and no cost per participant without participants', () => {
    const [, h02] = summarizeActivities(b.ledger, b.activities!.items);
    expect(h02).toMatchObject({ actual: money(300), variance: null, costPerParticipant: null });
  });
});
