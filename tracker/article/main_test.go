package article

import (
	"testing"

	"newshound/tracker/internal/corpustest"
)

func TestMain(m *testing.M) { corpustest.Main(m, "newshound/tracker/article") }
