import sys

from styrgraf.cli import main

sys.exit(main())
