/** What each command's action declares: see command-actions.mjs. */
export declare const COMMANDS: Record<
  'validate' | 'plan' | 'promote' | 'reconcile' | 'status' | 'rollback' | 'migrate',
  {
    description: string
    required: string[]
    optional: string[]
    outputs: string[]
    permissions: string
  }
>
export declare function renderCommandActions(): Promise<Map<string, string>>
