package dict_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/readout/readout/dict"
	"github.com/readout/readout/lexicon"
)

// unMembers are the 193 member states of the United Nations (ISO 3166-1
// alpha-3), each with the day from which its leaders are expected: 2000-01-01
// or, for a state that became independent or took its present form later,
// that day.
const unMembers = `
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE:2006-06-03 MAR
MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB:2006-06-05 SYC
SLE SGP SVK SVN SLB SOM ZAF SSD:2011-07-09 ESP LKA SDN SUR SWE CHE SYR TJK THA
TLS:2002-05-20 TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT
VEN VNM YEM ZMB ZWE`

// leaderGaps are the known stretches without a head of state or government
// on record, with the reason: [from, to).
var leaderGaps = map[string][3]string{
	"IRQ": {"2003-04-09", "2004-06-28", "under the Coalition Provisional Authority; the Governing Council's presidency rotated monthly"},
	"SOM": {"2000-01-01", "2000-08-27", "no central government until the Transitional National Government"},
	"SMR": {"2000-01-01", "2008-12-01", "the six-monthly pairs of Captains Regent before 2024 and Secretaries of State before 2008 are not written (see people/SMR.dict)"},
}

// TestUNMembersLeaders checks that on the first day of every half year
// from 2000 to the dictionaries' cut-off, every UN member state has a
// head of state or of government on record.
func TestUNMembersLeaders(t *testing.T) {
	l, err := lexicon.Load(lexicon.FS(dict.FS(), "dict"))
	if err != nil {
		t.Fatal(err)
	}
	members := strings.Fields(unMembers)
	if len(members) != 193 {
		t.Fatalf("%d members listed, want 193", len(members))
	}
	for _, m := range members {
		code, since, _ := strings.Cut(m, ":")
		if since == "" {
			since = "2000-01-01"
		}
		var gaps []string
		for y := 2000; y <= 2025; y++ {
			for _, md := range []string{"01-01", "07-01"} {
				day := fmt.Sprintf("%d-%s", y, md)
				if day < since || day > "2025-07-01" {
					continue
				}
				if g, ok := leaderGaps[code]; ok && day >= g[0] && day < g[1] {
					continue
				}
				d, err := lexicon.ParseDay(day)
				if err != nil {
					t.Fatal(err)
				}
				_, hos := l.OfficeHolder(code, lexicon.HeadOfState, d)
				_, hog := l.OfficeHolder(code, lexicon.HeadOfGovernment, d)
				if !hos && !hog {
					gaps = append(gaps, day)
				}
			}
		}
		if len(gaps) > 0 {
			t.Errorf("%s: no head of state or government on %s", code, strings.Join(gaps, ", "))
		}
	}
}
