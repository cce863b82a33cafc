// The zsh completion script (_arguments). Commands, options and fixed values are written in at
// generation time; goal ids, marks and areas are asked of `<program> __complete` as the user types.
import {
  firstLine,
  functionName,
  shellQuote,
  type CommandSpec,
  type CompletionSpec,
  type OptionSpec,
  type ValueSpec,
} from './spec.js';

/** Escapes text for inside an _arguments spec: brackets and colons are syntax there. */
const specText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/\[/g, '\\[').replace(/\]/g, '\\]').replace(/:/g, '\\:');

function action(fn: string, values: ValueSpec): string {
  switch (values.kind) {
    case 'none':
      return ' ';
    case 'files':
      return '_files';
    case 'dirs':
      return '_files -/';
    case 'choices':
      return `(${values.choices.map((c) => specText(c).replace(/ /g, '\\ ')).join(' ')})`;
    case 'dynamic':
      // {…}: evaluated as it stands, without the compadd options _arguments adds to a plain function call.
      return `{${fn}_dynamic ${[...values.sources, '--', ...(values.extra ?? [])].join(' ')}}`;
  }
}

/** _arguments specs of an option, one per flag; `alone` for --help and --version, which end the line. */
function optionSpecs(fn: string, option: OptionSpec, alone = false): string[] {
  const exclusive = alone ? '(- *)' : option.flags.length > 1 ? `(${option.flags.join(' ')})` : '';
  const value = option.takesValue ? `:${specText(option.valueName)}:${action(fn, option.values)}` : '';
  return option.flags.map((flag) =>
    shellQuote(`${exclusive}${flag}[${specText(firstLine(option.description))}]${value}`),
  );
}

function commandCase(fn: string, command: CommandSpec): string {
  const specs = [
    ...command.options.flatMap((o) => optionSpecs(fn, o)),
    ...command.args.map((arg, i) => {
      const position = arg.variadic && i === command.args.length - 1 ? '*' : String(i + 1);
      return shellQuote(`${position}:${specText(arg.name)}:${action(fn, arg.values)}`);
    }),
  ];
  const names = [command.name, ...command.aliases].join('|');
  return `        (${names})\n          _arguments -s -S \\\n            ${specs.join(' \\\n            ')}\n          ;;`;
}

export function zshScript(spec: CompletionSpec, version: string): string {
  const fn = functionName(spec.name);
  const program = spec.name;
  const commands = spec.commands.flatMap((c) =>
    [c.name, ...c.aliases].map((name) => shellQuote(`${name.replace(/:/g, '\\:')}:${firstLine(c.description)}`)),
  );
  const programOptions = spec.options.flatMap((o) => optionSpecs(fn, o, true));
  return `#compdef ${program}
# zsh completion for ${program} ${version}, made by \`${program} completion zsh\`.
#
#   ${program} completion zsh > "\${fpath[1]}/_${program}"     (then start a new shell)
#   or, in ~/.zshrc after compinit:  source <(${program} completion zsh)
#
# Commands, options and their fixed values are written in below: make the script again after
# an upgrade. Goal ids, marks and areas are asked of \`${program} __complete\` as you type, from
# the strategy in --dir, ./strategy or the bundled one.

# $@: the kinds to ask for, then --, then fixed words to add.
${fn}_dynamic() {
  local -a kinds extra values ask
  local i dir
  while (( $# )) && [[ $1 != -- ]]; do kinds+=("$1"); shift; done
  (( $# )) && shift
  extra=("$@")
  for (( i = 1; i < \${#words}; i++ )); do
    case $words[i] in
      (-d|--dir) dir=$words[i+1] ;;
      (--dir=*) dir=\${words[i]#--dir=} ;;
    esac
  done
  ask=(__complete $kinds)
  [[ -n $dir ]] && ask+=(--dir "\${~dir}")
  values=("\${(@f)$(command ${program} $ask 2>/dev/null)}" $extra)
  values=(\${values:#})
  compadd -a values
}

${fn}() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  local -a commands
  commands=(
    ${commands.join('\n    ')}
  )
  _arguments -C \\
    ${programOptions.join(' \\\n    ')} \\
    '1: :->command' \\
    '*:: :->args'
  case $state in
    (command)
      _describe -t commands '${program} command' commands
      ;;
    (args)
      case $words[1] in
${spec.commands.map((c) => commandCase(fn, c)).join('\n')}
      esac
      ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${program}
fi
`;
}
