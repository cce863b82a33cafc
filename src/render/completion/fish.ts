// The fish completion script. Commands, options and fixed values are written in at generation
// time; goal ids, marks and areas are asked of `<program> __complete` as the user types.
import {
  firstLine,
  functionName,
  type CommandSpec,
  type CompletionSpec,
  type OptionSpec,
  type ValueSpec,
} from './spec.js';

/** A fish single-quoted string: only \ and ' are escaped there. */
const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function valueArgs(fn: string, values: ValueSpec): string {
  switch (values.kind) {
    case 'none':
      return '-x';
    case 'files':
      return '-r -F';
    case 'dirs':
      return `-x -a ${q('(__fish_complete_directories (commandline -ct))')}`;
    case 'choices':
      return `-x -a ${q(values.choices.join(' '))}`;
    case 'dynamic':
      return `-x -a ${q(`(${fn}_dynamic ${[...values.sources, '--', ...(values.extra ?? [])].join(' ')})`)}`;
  }
}

function optionLine(fn: string, condition: string, option: OptionSpec): string {
  const flags = option.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
  const value = option.takesValue ? ` ${valueArgs(fn, option.values)}` : '';
  return `complete -c PROGRAM -n ${q(condition)} ${flags}${value} -d ${q(firstLine(option.description))}`;
}

function commandLines(fn: string, command: CommandSpec): string[] {
  const names = [command.name, ...command.aliases].join(' ');
  const seen = `__fish_seen_subcommand_from ${names}`;
  const valueFlags = command.options
    .filter((o) => o.takesValue)
    .flatMap((o) => o.flags)
    .join(' ');
  const lines = command.options.map((o) => optionLine(fn, seen, o));
  command.args.forEach((arg, i) => {
    const last = i === command.args.length - 1;
    const test = last && arg.variadic ? `-ge ${i}` : `-eq ${i}`;
    const condition = `${seen}; and test (${fn}_position ${valueFlags}) ${test}`;
    lines.push(
      `complete -c PROGRAM -n ${q(condition)} ${valueArgs(fn, arg.values)} -d ${q(firstLine(arg.description) || arg.name)}`,
    );
  });
  return lines;
}

export function fishScript(spec: CompletionSpec, version: string): string {
  const fn = functionName(spec.name).replace(/^_/, '__');
  const program = spec.name;
  const topLevel = '__fish_use_subcommand';
  const lines = [
    ...spec.options.map((o) => optionLine(fn, topLevel, o)),
    ...spec.commands.flatMap((c) =>
      [c.name, ...c.aliases].map(
        (name) => `complete -c PROGRAM -n ${topLevel} -a ${q(name)} -d ${q(firstLine(c.description))}`,
      ),
    ),
    ...spec.commands.flatMap((c) => commandLines(fn, c)),
  ].map((l) => l.replace(/^complete -c PROGRAM/, `complete -c ${program}`));
  return `# fish completion for ${program} ${version}, made by \`${program} completion fish\`.
#
#   ${program} completion fish > ~/.config/fish/completions/${program}.fish
#
# Commands, options and their fixed values are written in below: make the script again after
# an upgrade. Goal ids, marks and areas are asked of \`${program} __complete\` as you type, from
# the strategy in --dir, ./strategy or the bundled one.

# argv: the kinds to ask for, then --, then fixed words to add.
function ${fn}_dynamic
    set -l kinds
    set -l extra
    set -l seen_dashes 0
    for a in $argv
        if test $seen_dashes = 1
            set -a extra $a
        else if test $a = --
            set seen_dashes 1
        else
            set -a kinds $a
        end
    end
    set -l tokens (commandline -opc)
    set -l dir
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case -d --dir
                if test $i -lt (count $tokens)
                    set dir --dir $tokens[(math $i + 1)]
                end
            case '--dir=*'
                set dir --dir (string replace -- --dir= '' $tokens[$i])
        end
    end
    command ${program} __complete $kinds $dir 2>/dev/null
    for e in $extra
        echo $e
    end
end

# The number of positional arguments after the command word; argv: options that take a value.
function ${fn}_position
    set -l tokens (commandline -opc)
    set -l n 0
    set -l skip 0
    for t in $tokens[3..-1]
        if test $skip = 1
            set skip 0
        else if contains -- $t $argv
            set skip 1
        else if not string match -q -- '-*' $t
            set n (math $n + 1)
        end
    end
    echo $n
end

complete -c ${program} -f
${lines.join('\n')}
`;
}
