"""One page per task of the CP method, plus the plant's data (see ``base.Page``)."""
