# What zsh completes for a typed line, through its real completion system: an interactive zsh
# in a pseudo-terminal (zpty) loads baogao's script, the line is typed with a Tab, and every
# match the completion functions add is appended to OUT, one a line.
# Usage: zsh -f zsh-complete.zsh OUT 'baogao compare le' [FPATH-DIR]
# With FPATH-DIR (holding _baogao), the script is installed as the README says, on $fpath;
# without, it is sourced.
zmodload zsh/zpty
out=$1 typed=$2 dir=$3
zpty shell zsh -f -i
# Each command waits for the next prompt, so nothing is typed before the line editor reads it.
send() {
	zpty -w shell "$1"
	zpty -r shell _ '*RDY> '
}
send "PS1='R''DY> '"
[[ -n $dir ]] && send "fpath=(${(q)dir} \$fpath)"
send 'autoload -U compinit && compinit -u -D'
# compadd as the completion functions call it, also writing what it matched to OUT (a call
# that only collects words, with -O, -A or -D, is passed on as it is).
send 'compadd() { if [[ " $* " == *" -"[OAD]" "* ]]; then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -A hits "$@"; (( $#hits )) && print -rl -- $hits >> '"${(q)out}"'; builtin compadd "$@"; }'
[[ -z $dir ]] && send 'source <(baogao completion zsh)'
zpty -wn shell "$typed"$'\t'
# Ctrl-U clears the line; the marker is printed only after the Tab has been handled.
zpty -w shell $'\x15'"print -r D''ONE"
zpty -r shell _ '*DONE*'
zpty -d shell
