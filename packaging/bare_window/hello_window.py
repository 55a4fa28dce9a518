"""The smallest PySide6 window: the floor Calmline's bundle size is measured against.

Built by bare_window.spec exactly the way calmline.spec builds Calmline
(same trimming, same stripping), so the difference between the two bundles is
what Calmline itself adds. ``--quit`` closes it as soon as the event loop runs.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Hello")
    label.show()
    if "--quit" in sys.argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
