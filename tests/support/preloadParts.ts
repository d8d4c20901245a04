import { loadDateFormatter } from '../../src/core/expressions/functions/dateFormatLoader.ts';
import { loadJmespath } from '../../src/core/expressions/functions/jmespathLoader.ts';
import { loadMarkdownParser } from '../../src/core/texts/markdownLoader.ts';
import { loadBuiltinTexts } from '../../src/core/texts/builtin/builtinTextsLoader.ts';
import { COMPONENT_TYPES } from '../../src/core/layout/componentTypes.ts';
import { loadSchemaInterpreter } from '../../src/core/validation/schema/interpreterLoader.ts';
import { loadExpressionValidations } from '../../src/core/validation/expressionValidationsLoader.ts';
import { markdownElementsPart } from '../../src/react/components/shared/markdownElementsPart.ts';
import { helpPart } from '../../src/react/components/shared/useHelp.tsx';
import { lightFieldsPart } from '../../src/react/render/light/lightFieldsPart.ts';

// `loadLayoutSet` loads the parts only some apps need before the form renders or evaluates
// anything; tests that build their layout sets or expressions by hand get them the same way.
await Promise.all([
  loadMarkdownParser(),
  markdownElementsPart.load(),
  helpPart.load(),
  lightFieldsPart.load(),
  loadJmespath(),
  loadDateFormatter(),
  loadSchemaInterpreter(),
  loadExpressionValidations(),
  // With the texts of every component type, as an app with all of them would have.
  ...['nb', 'nn', 'en'].map((language) => loadBuiltinTexts(language, COMPONENT_TYPES)),
]);
