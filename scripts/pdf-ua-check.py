"""Checks each PDF named on the command line with page-validation's PDF/UA-1
profile (installed in the project's .venv by scripts/setup.sh). Prints one
line per file: "path<TAB>passed<TAB>total<TAB>failed rules<TAB>failed
checks<TAB>compliant", then each failed rule as "path<TAB>FAIL<TAB>rule<TAB>
message". Used by tests/document.rs and the browser tests
(tests/e2e/helpers.mjs), which decide what passes."""
import sys

import page

for path in sys.argv[1:]:
    report = page.validate_pdf(path, profile="ua1", limits=page.SafetyLimits.unlimited())
    rules = report.rules
    print(f"{path}\t{rules.passed}\t{rules.total}\t{rules.failed}\t{report.checks.failed}\t{report.is_compliant}")
    for f in report.failures:
        obj = f" (object {f.object_id.object_number})" if f.object_id else ""
        print(f"{path}\tFAIL\t{f.rule_id}\t{f.category.value}: {f.message}{obj}")
