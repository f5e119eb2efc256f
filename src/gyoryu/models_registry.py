"""Imports every domain's models so metadata (and Alembic) sees all tables.

A new domain adds one line here.
"""

from gyoryu.accounts import models as accounts_models  # noqa: F401
from gyoryu.catalogue import models as catalogue_models  # noqa: F401
from gyoryu.directory import models as directory_models  # noqa: F401
from gyoryu.fund import models as fund_models  # noqa: F401
from gyoryu.graph import models as graph_models  # noqa: F401
from gyoryu.intel import models as intel_models  # noqa: F401
from gyoryu.mail import models as mail_models  # noqa: F401
from gyoryu.matching import models as matching_models  # noqa: F401
from gyoryu.outcomes import models as outcomes_models  # noqa: F401
from gyoryu.programs import models as programs_models  # noqa: F401
from gyoryu.research import models as research_models  # noqa: F401
