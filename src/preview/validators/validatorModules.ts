import { formatDiagnostic, type Diagnostic } from '../../core/diagnostics.ts';
import type { PreviewApp } from '../app/previewApp.ts';
import { compileAppValidators } from './appValidators.ts';
import { browserModule } from '../../core/node/browserModule.ts';

/** A data model's validators as the browser loads them, or why there are none. */
export type ValidatorModule = { readonly code: string } | { readonly diagnostic: Diagnostic };

/**
 * The precompiled validators the preview serves its page, compiled once per loaded app (the
 * server loads the app again when its files change, and a new app compiles anew) and linked into
 * one browser module per data type. Compiled when first asked for, not at start: a large model
 * takes a second, which a server started only for its API (tests, scripts) need not spend.
 */
export class ValidatorModules {
  private readonly byApp = new WeakMap<PreviewApp, Promise<ReadonlyMap<string, ValidatorModule>>>();

  constructor(private readonly log: (message: string) => void) {}

  /** The modules of every data model of `app`; compile errors are logged once, when compiled. */
  forApp(app: PreviewApp): Promise<ReadonlyMap<string, ValidatorModule>> {
    let modules = this.byApp.get(app);
    if (!modules) {
      modules = this.compile(app);
      this.byApp.set(app, modules);
    }
    return modules;
  }

  private async compile(app: PreviewApp): Promise<ReadonlyMap<string, ValidatorModule>> {
    let compiled;
    try {
      compiled = await compileAppValidators(app.source);
    } catch (error) {
      // The page then imports none, and its form validates with the interpreting validator.
      this.log(`error: the data models' validators: ${error instanceof Error ? error.message : String(error)}`);
      return new Map();
    }
    const { models, failed, diagnostics } = compiled;
    const modules = new Map<string, ValidatorModule>();
    for (const model of models) modules.set(model.dataType, { code: browserModule(model.code) });
    for (const { dataType, diagnostic } of failed) modules.set(dataType, { diagnostic });
    // Errors only: the app's loading already says which data types have no schema.
    for (const diagnostic of diagnostics.filter((found) => found.severity === 'error'))
      this.log(formatDiagnostic(diagnostic));
    return modules;
  }
}
