import { translationMemoryFigures } from './memoryFigures';
import { table } from './measure';
translationMemoryFigures([], 50).then((f) => console.log(table(f)));
