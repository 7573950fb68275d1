#!/usr/bin/env bash
# Rebuild the shipped intent models (models/intents/{retail,banking}) from ../shared/data.
# Seeded: the same data and versions give the same weights. Takes ~15 min on 2 idle cores.
#   bash scripts/train_intent_models.sh [DATA_DIR] [WORK_DIR]
set -euo pipefail
DATA=${1:-../shared/data}
WORK=${2:-/tmp/convo-intent-data}
PY=${PYTHON:-.venv/bin/python}
$PY scripts/build_intent_data.py --data "$DATA" --out "$WORK"
for name in retail banking; do
  $PY -m convo.cli intents train --data "$WORK/$name.csv" --taxonomy "models/intents/$name/taxonomy.yaml" \
      --out "models/intents/$name" --name "$name"
  $PY scripts/intent_card_notes.py "models/intents/$name"
done
# The CLINC150 check (not shipped): train on train + oos_train, score on val + oos_val.
$PY -m convo.cli intents train --data "$WORK/clinc_train.csv" --out "$WORK/clinc-model" --name clinc150
$PY -m convo.cli intents eval --model "$WORK/clinc-model" --data "$WORK/clinc_val.csv"
