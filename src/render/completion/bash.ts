// The bash completion script. Commands, options and fixed values are written in at generation
// time; goal ids, marks and areas are asked of `<program> __complete` while the user types.
import { functionName, shellQuote, type CommandSpec, type CompletionSpec, type ValueSpec } from './spec.js';

const words = (list: readonly string[]) => shellQuote(list.join(' '));

/** The shell code that fills COMPREPLY for one value; `$cur` is the word being completed. */
function reply(fn: string, values: ValueSpec): string {
  switch (values.kind) {
    case 'none':
      return 'return 0';
    case 'files':
      return `${fn}_files "$cur"; return 0`;
    case 'dirs':
      return `${fn}_dirs "$cur"; return 0`;
    case 'choices':
      return `${fn}_words "$cur" ${words(values.choices)}; return 0`;
    case 'dynamic':
      return `${fn}_dynamic "$cur" ${words(values.sources)} ${words(values.extra ?? [])}; return 0`;
  }
}

function commandCase(fn: string, command: CommandSpec): string {
  const names = [command.name, ...command.aliases].join('|');
  const valueOptions = command.options.filter((o) => o.takesValue);
  const flags = command.options.flatMap((o) => o.flags);
  const lines: string[] = [`    ${names})`];
  if (valueOptions.length > 0) {
    lines.push('      case $prev in');
    for (const o of valueOptions) lines.push(`        ${o.flags.join('|')}) ${reply(fn, o.values)} ;;`);
    lines.push('      esac');
  }
  lines.push(`      if [[ $cur == -* ]]; then ${fn}_words "$cur" ${words(flags)}; return 0; fi`);
  if (command.args.length > 0) {
    lines.push(`      ${fn}_position "$cmd_index" ${words(valueOptions.flatMap((o) => o.flags))}`);
    lines.push(`      case $${fn}_n in`);
    command.args.forEach((arg, i) => {
      const last = i === command.args.length - 1;
      lines.push(`        ${last && arg.variadic ? '*' : i}) ${reply(fn, arg.values)} ;;`);
    });
    lines.push('      esac');
  }
  lines.push('      ;;');
  return lines.join('\n');
}

export function bashScript(spec: CompletionSpec, version: string): string {
  const fn = functionName(spec.name);
  const program = spec.name;
  const commandNames = spec.commands.flatMap((c) => [c.name, ...c.aliases]);
  return `# bash completion for ${program} ${version}, made by \`${program} completion bash\`.
#
#   ${program} completion bash > ~/.local/share/bash-completion/completions/${program}
#   or, in ~/.bashrc:  source <(${program} completion bash)
#
# Commands, options and their fixed values are written in below: make the script again after
# an upgrade. Goal ids, marks and areas are asked of \`${program} __complete\` as you type, from
# the strategy in --dir, ./strategy or the bundled one.

${fn}_words() {
  COMPREPLY=($(compgen -W "$2" -- "$1"))
}

${fn}_files() {
  compopt -o filenames 2>/dev/null
  local IFS=$'\\n'
  COMPREPLY=($(compgen -f -- "$1"))
}

${fn}_dirs() {
  compopt -o filenames 2>/dev/null
  local IFS=$'\\n'
  COMPREPLY=($(compgen -d -- "$1"))
}

# $1 the word being completed, $2 the kinds to ask for, $3 fixed words to add.
${fn}_dynamic() {
  local cur=\${1//\\\\/} dir="" i line quoted
  cur=\${cur#[\\"\\']}
  for ((i = 1; i < \${#COMP_WORDS[@]}; i++)); do
    case \${COMP_WORDS[i]} in
      -d|--dir) dir=\${COMP_WORDS[i + 1]-} ;;
    esac
  done
  local -a ask=(__complete $2)
  if [[ -n $dir ]]; then ask+=(--dir "\${dir/#\\~/$HOME}"); fi
  COMPREPLY=()
  while IFS= read -r line; do
    [[ -n $line && $line == "$cur"* ]] || continue
    printf -v quoted '%q' "$line"
    COMPREPLY+=("$quoted")
  done < <(command ${program} "\${ask[@]}" 2>/dev/null; printf '%s\\n' $3)
}

# Sets ${fn}_n to the number of positional arguments before the current word.
# $1 the index of the command word, $2 the options that take a value.
${fn}_position() {
  local i w n=0 skip=0
  for ((i = $1 + 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    if [[ $w == = ]]; then skip=1; continue; fi   # --dir=x is split into --dir, =, x
    if ((skip)); then skip=0; continue; fi
    case " $2 " in *" $w "*) skip=1; continue ;; esac
    [[ $w == -* ]] || n=$((n + 1))
  done
  ${fn}_n=$n
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD - 1]}
  local cmd="" cmd_index=0 i
  if [[ $prev == = && COMP_CWORD -ge 2 ]]; then prev=\${COMP_WORDS[COMP_CWORD - 2]}; fi
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      -*) ;;
      *) cmd=\${COMP_WORDS[i]}; cmd_index=$i; break ;;
    esac
  done
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then ${fn}_words "$cur" ${words(spec.options.flatMap((o) => o.flags))}
    else ${fn}_words "$cur" ${words(commandNames)}; fi
    return 0
  fi
  case $cmd in
${spec.commands.map((c) => commandCase(fn, c)).join('\n')}
  esac
  return 0
}

complete -F ${fn} ${program}
`;
}
