import { benchPythonPrograms, benchSeedsToTrace, cpythonStartupMs, geometricMeanRatio } from './python-side.ts';
const rows = await benchPythonPrograms({ log: (l) => console.error(l) });
console.table(rows);
console.log('geomean', geometricMeanRatio(rows));
console.log('cpython startup', await cpythonStartupMs());
console.table(await benchSeedsToTrace());
