# Shared by the bench scripts (sourced): usage prints the calling script's header comment,
# on stdout for --help, on stderr with exit status 2 after a bad option.
usage() {
  local status=${1:-2}
  awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "$0" >&$((status == 0 ? 1 : 2))
  exit "$status"
}
