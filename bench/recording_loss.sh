#!/usr/bin/env bash
# How much audio a kill -9 costs, measured from outside as a clinician sees it (docs/PERFORMANCE.md,
# "Loss on a crash"). Runs inside scripts/test-env (its PulseAudio virtual microphone):
#
#   scripts/test-env bench/recording_loss.sh CLI [SPEECH.wav]
#
# Makes a vault, starts `CLI record`, reads the recording id it prints, sends SIGKILL 10 s after the
# id appeared, runs `recording recover`, and prints one line:
#   wall_ms          id printed -> SIGKILL (wall clock)
#   stored_ms        duration_ms in the vault before recovery (the encoder's count at the last flush)
#   recovered_ms     duration_ms after `recording recover` (the last intact page's granule position)
#   lost_ms          wall_ms - recovered_ms
#   cpu_ms           CPU time of the record process between the id and the kill
# SPEECH.wav is played into the microphone in a loop meanwhile (silence otherwise).
# KILL_MS=N kills N ms after the id instead of 10000. FRESH=1 records from a microphone nobody has read
# from yet (a new null sink and remap source), whose first samples come ~2 s late.
set -euo pipefail
cli=$1
wav=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CLINICDESK_PASSWORD='bench-password-1!' CLINICDESK_NEW_PASSWORD='bench-password-1!'
export CLINICDESK_KDF_PROFILE=minimum CLINICDESK_LOG_DIR="$work/logs" LANG=C.UTF-8 LC_ALL=C.UTF-8
vault="$work/vault"
"$cli" --vault "$vault" init --admin anna >/dev/null </dev/null
patient=$("$cli" --vault "$vault" patient add --first-name Bench --last-name Patient </dev/null)

speaker=""
if [[ -n $wav ]]; then
  (while true; do paplay --device=room "$wav"; done) &
  speaker=$!
fi
device=()
if [[ -n ${FRESH:-} ]]; then
  sink_module=$(pactl load-module module-null-sink sink_name=fresh)
  source_module=$(pactl load-module module-remap-source source_name=freshmic master=fresh.monitor \
    source_properties=device.description=FreshMic)
  device=(--device FreshMic)
fi

coproc RECORD { exec "$cli" --vault "$vault" record --patient "$patient" "${device[@]}" </dev/null 2>"$work/record.err"; }
pid=$RECORD_PID
read -r id <&"${RECORD[0]}"
t0=$(date +%s%N)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
c0=$(cpu_ticks "$pid")
deadline=$((t0 + ${KILL_MS:-10000} * 1000000))
sleep "$(awk -v ns=$((deadline - $(date +%s%N))) 'BEGIN { printf "%.3f", (ns > 0 ? ns : 0) / 1e9 }')"
while (($(date +%s%N) < deadline)); do :; done
c1=$(cpu_ticks "$pid")
kill -KILL "$pid"
t1=$(date +%s%N)
wait "$pid" 2>/dev/null || true

if [[ -n $speaker ]]; then
  mapfile -t players < <(pgrep -P "$speaker" || true)
  kill "$speaker" || true
  ((${#players[@]} == 0)) || kill "${players[@]}" 2>/dev/null || true
  wait "$speaker" 2>/dev/null || true
fi
if [[ -n ${FRESH:-} ]]; then
  pactl unload-module "$source_module"
  pactl unload-module "$sink_module"
fi

duration() { "$cli" --vault "$vault" recording list --json </dev/null 2>/dev/null | jq -r --arg id "$id" '.[] | select(.id == $id) | .duration_ms'; }
stored=$(duration)
"$cli" --vault "$vault" recording recover --json </dev/null >/dev/null
recovered=$(duration)
wall=$(((t1 - t0) / 1000000))
echo "wall_ms=$wall stored_ms=$stored recovered_ms=$recovered lost_ms=$((wall - recovered))" \
  "cpu_ms=$(((c1 - c0) * 1000 / $(getconf CLK_TCK))) load=$(cut -d' ' -f1 /proc/loadavg)"
