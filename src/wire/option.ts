/** The value of a code list option keeps its JSON type. */
export type OptionValue = string | number | boolean | null;

/** An option of a code list (`GET api/options/{optionsId}`). */
export interface AppOption {
  value: OptionValue;
  label: string;
  description?: string | null;
  helpText?: string | null;
  tags?: Record<string, string> | null;
}
