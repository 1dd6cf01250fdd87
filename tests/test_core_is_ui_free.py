"""The core library must never pull in streamlit: the batch command and notebooks use it alone."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, json, pkgutil, sys
import scanassist_core
offenders = ["scanassist_core"] if "streamlit" in sys.modules else []
names = [m.name for m in pkgutil.walk_packages(scanassist_core.__path__, "scanassist_core.")]
for name in names:
    importlib.import_module(name)
    if "streamlit" in sys.modules and not offenders:
        offenders.append(name)
print(json.dumps({"modules": names, "offenders": offenders}))
"""


def test_importing_every_core_module_does_not_import_streamlit():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert "scanassist_core.pipeline" in result["modules"]  # the probe really walked the package
    assert result["offenders"] == []


def test_no_streamlit_import_statement_in_core():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "scanassist_core").rglob("*.py")
        if any(line.strip().startswith(("import streamlit", "from streamlit")) for line in p.read_text().splitlines())
    ]
    assert offenders == []
