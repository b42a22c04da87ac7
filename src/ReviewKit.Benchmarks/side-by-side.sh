#!/usr/bin/env bash
# ReviewKit beside the yardsticks a user would otherwise reach for, measured in one run, each pair back to back,
# so that the ratios hold on a shared, noisy machine (compare ratios, never absolute times across runs).
#
#   src/ReviewKit.Benchmarks/side-by-side.sh [REPEATS]      from the repository root; REPEATS defaults to 3 (medians)
#
# Needs the yardsticks of ../shared/bench (synth.py, pandas_count.py, python-notebook/; or set YARDSTICKS=DIR),
# GNU time, and Debian's python3-pandas python3-plotly python3-ipykernel jupyter-nbconvert.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
repeats=${1:-3}
yardsticks=${YARDSTICKS:-$root/../shared/bench}
python=${PYTHON:-/usr/bin/python3}
out=$root/out/bench

for needed in synth.py pandas_count.py python-notebook/counting.ipynb; do
  if [[ ! -e $yardsticks/$needed ]]; then
    echo "side-by-side: the yardsticks are not here: $yardsticks/$needed is missing; set YARDSTICKS to the folder holding synth.py, pandas_count.py and python-notebook/." >&2
    exit 2
  fi
done
if [[ ! -x /usr/bin/time ]] || ! "$python" -c 'import pandas, numpy' 2>/dev/null || ! command -v jupyter >/dev/null; then
  echo "side-by-side: needs GNU time (/usr/bin/time), pandas for $python and jupyter nbconvert: apt-get install time python3-pandas python3-plotly python3-ipykernel jupyter-nbconvert" >&2
  exit 2
fi

echo "building ReviewKit (Release)…"
dotnet build src/ReviewKit.Cli -c Release -v quiet -nologo >/dev/null
dotnet build src/ReviewKit.Benchmarks -c Release -v quiet -nologo >/dev/null
reviewkit=(dotnet "$root/artifacts/bin/ReviewKit.Cli/release/ReviewKit.Cli.dll")
bench=(dotnet "$root/artifacts/bin/ReviewKit.Benchmarks/release/ReviewKit.Benchmarks.dll")

mkdir -p "$out"
for n in 100000 1000000; do
  [[ -s $out/s$n/codings.csv ]] || { echo "writing the synthetic corpus of $n studies…"; "$python" "$yardsticks/synth.py" "$n" "$out/s$n" data; }
done

# One notebook alone: a folder beside the repository's data/ and artifacts/, as the notebooks expect.
mkdir -p "$out/one-notebook/notebooks"
ln -sfn "$root/data" "$out/one-notebook/data"
ln -sfn "$root/artifacts" "$out/one-notebook/artifacts"
rm -f "$out/one-notebook/notebooks/"*.ipynb
cp notebooks/*-coding-and-counting.ipynb "$out/one-notebook/notebooks/"   # the Python notebook's twin

# measure NAME COMMAND…: wall seconds and peak resident MiB of one run, appended to $out/NAME.times
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.last" "$@" >/dev/null 2>"$out/$name.stderr" || { echo "side-by-side: $name failed:" >&2; cat "$out/$name.stderr" >&2; exit 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$out/$name.last" >> "$out/$name.times"
}

median() { sort -n -k1,1 "$out/$1.times" | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }

rm -f "$out"/*.times
for ((i = 1; i <= repeats; i++)); do
  echo "round $i of $repeats…"
  measure reproduce "${reviewkit[@]}" reproduce --out "$out/reproduce"
  measure python-notebook env REVIEWKIT_DATA="$root/data" jupyter nbconvert --to notebook --execute "$yardsticks/python-notebook/counting.ipynb" --output "$out/python-notebook.ipynb"
  measure one-notebook "${reviewkit[@]}" reproduce --notebooks "$out/one-notebook/notebooks" --out "$out/one-notebook/out" --no-images
  measure count-100k "${reviewkit[@]}" count --data "$out/s100000" --format csv
  measure pandas-100k "$python" "$yardsticks/pandas_count.py" "$out/s100000"
  measure count-1m "${reviewkit[@]}" count --data "$out/s1000000" --format csv
  measure all-1m "${bench[@]}" side-by-side "$out/s1000000"
  measure pandas-1m "$python" "$yardsticks/pandas_count.py" "$out/s1000000"
done

row() { # row WORK OURS THEIRS: medians and the ratio ours / theirs
  read -r ours_s ours_m <<<"$(median "$2")"
  read -r theirs_s theirs_m <<<"$(median "$3")"
  awk -v w="$1" -v a="$ours_s" -v am="$ours_m" -v b="$theirs_s" -v bm="$theirs_m" \
    'BEGIN { printf "| %s | %.2f s, %d MiB | %.2f s, %d MiB | %.2fx (%s) |\n", w, a, am, b, bm, (a >= b ? a / b : b / a), (a >= b ? "slower" : "faster") }'
}

echo
echo "medians of $repeats rounds on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "| work | ReviewKit | yardstick, same run | ratio |"
echo "|---|---|---|---|"
row "\`reproduce\` (every notebook, 12 figures as HTML, PNG, SVG) vs the Python notebook" reproduce python-notebook
row "coding and counting notebook alone (\`reproduce --notebooks DIR --no-images\`) vs its Python twin" one-notebook python-notebook
row "\`count\`, 100k studies vs \`pandas_count.py\`" count-100k pandas-100k
row "\`count\`, 1M studies vs \`pandas_count.py\`" count-1m pandas-1m
row "load + count + year table + co-occurrence, 1M studies vs \`pandas_count.py\`" all-1m pandas-1m
echo
echo "one pass of each at 1M (the last round):"
tail -n 1 "$out/all-1m.stderr" 2>/dev/null || true
"${bench[@]}" side-by-side "$out/s1000000"
"$python" "$yardsticks/pandas_count.py" "$out/s1000000"
