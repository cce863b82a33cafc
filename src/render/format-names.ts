// The --format choices of each command, apart from the renderers that implement them, so the
// command line can be described without loading any renderer. Each renderer table is typed
// `Record<Name, …>`: a name without a renderer, or a renderer without a name, does not compile.
// (report and plan choose their renderer in their action.)
export const diagnosticFormatNames = ['stylish', 'json', 'github', 'sarif'] as const;
export type DiagnosticFormat = (typeof diagnosticFormatNames)[number];

/** import writes its diagnostics as validate does, without SARIF (a document is not a code scanning target). */
export const importFormatNames = ['stylish', 'json', 'github'] as const;
export type ImportFormat = (typeof importFormatNames)[number];

export const summaryFormatNames = ['table', 'json', 'csv', 'md'] as const;
export type SummaryFormat = (typeof summaryFormatNames)[number];

export const compareFormatNames = ['table', 'json', 'md'] as const;
export type CompareFormat = (typeof compareFormatNames)[number];

export const reportFormatNames = ['md', 'html', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof reportFormatNames)[number];

export const planFormatNames = ['md', 'yaml', 'html', 'docx'] as const;
export type PlanFormat = (typeof planFormatNames)[number];

export const completionShellNames = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof completionShellNames)[number];
