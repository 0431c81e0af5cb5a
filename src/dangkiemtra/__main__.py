"""``python -m dangkiemtra``."""

import sys

from dangkiemtra.cli import main

sys.exit(main())
