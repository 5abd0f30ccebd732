# report.awk: turns bench/run.sh's measurements into the Markdown report (table, targets of issue 6, notes).
#
# Input lines (tab-separated): row system run status seconds kib, where row is a program
# name, optionally with @GOMAXPROCS=N, and status is ok, wrong, timeout, missing
# (no native build), spawn-failed, exit:N or signal:N. Variables: date, machine, versions, setup, notes_file.
# Plain ASCII only ("x", "<="), so that column padding by length() holds in any awk.

BEGIN {
  # The targets of issue 6, per table row: "lua R" (time <= R x Lua), "go R" (time <=
  # R x Go), "rss R" (peak RSS <= R x Go), "ms M" (goro's wall time <= M ms).
  split("fib loop sieve nbody maps strings", compute, " ")
  for (i in compute) target[compute[i]] = "lua 1.0"
  target["structs"] = target["closures"] = "go 15"
  target["pingpong"] = target["spawn"] = target["primesieve"] = target["select"] = "go 1.5"
  target["workerpool"] = target["mutex"] = target["parallel@GOMAXPROCS=2"] = "go 5"
  target["idle"] = "rss 1.5"
  target["hello"] = "ms 10"
  computeGeomeanGoal = 0.7
  parallelSpeedupGoal = 1.8
  nsystems = split("goro go lua", systems, " ")
}

{
  row = $1; sys = $2; status = $4
  if (!(row in seen)) { seen[row] = 1; rows[++nrows] = row }
  key = row SUBSEP sys
  present[key] = 1
  if (status != "ok") {
    if (!(key in failure)) failure[key] = status
  } else {
    n = ++count[key]
    times[key, n] = $5 + 0
    rss[key, n] = $6 + 0
  }
}

# Median of the n values stored as values[key, 1..n].
function median(values, key, n,    i, j, sorted, swap) {
  for (i = 1; i <= n; i++) sorted[i] = values[key, i]
  for (i = 2; i <= n; i++)
    for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) { swap = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = swap }
  return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
}

# True when SYSTEM ran ROW successfully every time; its medians are then in medTime/medRss.
function good(row, sys) { return ((row SUBSEP sys) in medTime) }

function seconds(s) { return s < 1 ? sprintf("%.1f ms", s * 1000) : sprintf("%.2f s", s) }
function mib(kib) { return sprintf("%.1f MiB", kib / 1024) }
function ratio(r) { return sprintf("%.2fx", r) }

# The time cell of SYSTEM on ROW: the median, or what went wrong, in capitals.
function timeCell(row, sys,    key, status) {
  key = row SUBSEP sys
  if (!(key in present)) return "-"
  if (good(row, sys)) return seconds(medTime[key])
  status = failure[key]
  if (status == "wrong") return "**WRONG**"
  if (status == "timeout") return "**TIMEOUT**"
  if (status == "missing") return "**NO BUILD**"
  return "**FAIL** (" status ")"
}

function rssCell(row, sys) { return good(row, sys) ? mib(medRss[row, sys]) : "-" }

function ratioCell(row, a, b, table) {
  return good(row, a) && good(row, b) ? ratio(table[row, a] / table[row, b]) : "-"
}

function verdict(met) {
  ++targetsTotal
  if (met) { ++targetsMet; return "met" }
  return "**not met**"
}

# The target and verdict cells of ROW, as "target<TAB>verdict". A goro failure misses
# the target; a missing comparison system leaves it unjudged ("no data").
function targetCells(row,    parts, kind, limit, other, goal, value) {
  if (!(row in target)) return "-\t-"
  split(target[row], parts, " "); kind = parts[1]; limit = parts[2]
  other = kind == "lua" ? "lua" : "go"
  if (kind == "ms") {
    goal = "<= " limit " ms"
    if (good(row, "goro")) value = medTime[row, "goro"] * 1000
  } else {
    goal = "<= " limit "x " (kind == "rss" ? "Go RSS" : kind == "lua" ? "Lua" : "Go")
    if (good(row, "goro") && good(row, other))
      value = kind == "rss" ? medRss[row, "goro"] / medRss[row, other] : medTime[row, "goro"] / medTime[row, other]
  }
  if (value != "") return goal "\t" verdict(value <= limit + 0)
  if ((row SUBSEP "goro") in present && !good(row, "goro")) return goal "\t" verdict(0)
  return goal "\tno data"
}

# Appends one Markdown table line built from the tab-separated cells.
function addLine(cells,    parts, n, i) {
  n = split(cells, parts, "\t")
  ++nlines
  for (i = 1; i <= n; i++) {
    cell[nlines, i] = parts[i]
    if (length(parts[i]) > width[i]) width[i] = length(parts[i])
  }
  ncols = n
}

function printTable(    l, i, out, pad, rule) {
  for (l = 1; l <= nlines; l++) {
    out = "|"
    for (i = 1; i <= ncols; i++) {
      pad = sprintf("%-" width[i] "s", cell[l, i])
      out = out " " pad " |"
    }
    print out
    if (l == 1) {
      rule = "|"
      for (i = 1; i <= ncols; i++) { pad = sprintf("%" width[i] "s", ""); gsub(/ /, "-", pad); rule = rule " " pad " |" }
      print rule
    }
  }
}

function label(row) {
  sub(/@/, " (", row)
  return index(row, "(") ? row ")" : row
}

END {
  for (r = 1; r <= nrows; r++)
    for (s = 1; s <= nsystems; s++) {
      key = rows[r] SUBSEP systems[s]
      if ((key in present) && !(key in failure) && count[key] > 0) {
        medTime[key] = median(times, key, count[key])
        medRss[key] = median(rss, key, count[key])
      }
    }

  addLine("program\tgoro\tgo\tlua\tgoro/go\tgoro/lua\tgoro RSS\tgo RSS\tlua RSS\tRSS goro/go\ttarget\tverdict")
  for (r = 1; r <= nrows; r++) {
    row = rows[r]
    addLine(label(row) "\t" timeCell(row, "goro") "\t" timeCell(row, "go") "\t" timeCell(row, "lua") "\t" \
      ratioCell(row, "goro", "go", medTime) "\t" ratioCell(row, "goro", "lua", medTime) "\t" \
      rssCell(row, "goro") "\t" rssCell(row, "go") "\t" rssCell(row, "lua") "\t" \
      ratioCell(row, "goro", "go", medRss) "\t" targetCells(row))
  }

  print "# goro benchmark results"
  print ""
  print "- date: " date
  print "- machine: " machine
  print "- versions: " versions
  print "- setup: " setup
  print ""
  print "Median wall time and median peak RSS per system; ratios are goro's median over the other system's."
  print "Reproduce with `bench/run.sh` (see `bench/run.sh --help`)."
  print ""
  printTable()
  print ""

  # Targets that span rows: the compute geomean against Lua and the parallel speedup.
  product = 1; factors = 0; missing = 0
  for (i in compute) {
    if (good(compute[i], "goro") && good(compute[i], "lua")) {
      product *= medTime[compute[i], "goro"] / medTime[compute[i], "lua"]; ++factors
    } else if ((compute[i] SUBSEP "goro") in present) {
      ++missing
    }
  }
  if (factors > 0 || missing > 0) {
    line = "- compute geomean goro/lua (fib, loop, sieve, nbody, maps, strings): "
    if (factors > 0) {
      geomean = exp(log(product) / factors)
      line = line ratio(geomean) " over " factors " of 6 programs"
    }
    if (missing > 0) line = line (factors > 0 ? "; " : "") "goro failed on " missing
    line = line " (target <= " computeGeomeanGoal "x): " verdict(missing == 0 && geomean <= computeGeomeanGoal)
    print line
  }
  p1 = "parallel@GOMAXPROCS=1"; p2 = "parallel@GOMAXPROCS=2"
  if ((p1 SUBSEP "goro") in present) {
    line = "- parallel speedup GOMAXPROCS=1 -> 2 under goro: "
    if (good(p1, "goro") && good(p2, "goro")) {
      speedup = medTime[p1, "goro"] / medTime[p2, "goro"]
      line = line ratio(speedup) " (target >= " parallelSpeedupGoal "x): " verdict(speedup >= parallelSpeedupGoal)
    } else {
      line = line "goro failed: " verdict(0)
    }
    if (good(p1, "go") && good(p2, "go")) line = line "; native Go: " ratio(medTime[p1, "go"] / medTime[p2, "go"])
    print line
  }
  print "- targets of issue 6 met: " targetsMet + 0 " of " targetsTotal + 0

  header = 0
  while ((getline note < notes_file) > 0) {
    if (note == "") continue
    if (!header) { print ""; print "Notes:"; print ""; header = 1 }
    print "- " note
  }
}
