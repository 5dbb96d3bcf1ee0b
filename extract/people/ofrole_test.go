package people

import "testing"

// TestOfBodyAndAsRoles covers two wire shapes of a role: the body a
// person speaks for after the name ("NAME, of ORG,") and a role set
// before the name by "As" ("As ROLE, NAME will"), with the shapes that
// read the same but give no role: a place of origin, "As a child", "As
// expected", "As well as". Each sentence is written for this test.
func TestOfBodyAndAsRoles(t *testing.T) {
	tests := []struct {
		name string
		in   string
		who  string
		role string // "" for no role
	}{
		{"of a union", "Mark Tolley, of the train drivers' union, said the dispute would go on.", "Mark Tolley", "of the train drivers' union"},
		{"of a newspaper", "Priya Nair, of the Northern Echo newspaper, asked whether the minister would resign.", "Priya Nair", "of the Northern Echo newspaper"},
		{"of a university", "Alan Firth, of the University of Kentmere, said turnout would fall.", "Alan Firth", "of the University of Kentmere"},
		{"of a named body", "Carol Dunne, of the Coastal Fisheries Association, called the quota unfair.", "Carol Dunne", "of the Coastal Fisheries Association"},
		{"of a firm with its kind", "Shares fell sharply, said Tim Orr, of brokers Hallam Reid.", "Tim Orr", "of brokers Hallam Reid"},
		{"of a firm by its name", "Gina Walsh, of Redmoor Securities, expects rates to hold.", "Gina Walsh", "of Redmoor Securities"},
		{"of a party", "Owen Price, of the Green Party, said the plan came too late.", "Owen Price", "of the Green Party"},
		{"of an acronym", "Rhys Bevan, of the RSPB, said the birds had returned.", "Rhys Bevan", "of the RSPB"},
		{"after an age", "Dan Kemp, 52, of the Harbour Trust, said repairs would take a year.", "Dan Kemp", "of the Harbour Trust"},
		{"an office given later replaces the body", "Lucy Crane, of the Rail Passengers Association, said fares were too high. Ms Crane, the association's chief executive, called for a freeze.", "Lucy Crane", "association's chief executive"},
		{"a hometown is no role", "John Smith, of Leeds, said the road was dangerous.", "John Smith", ""},
		{"a hometown with an age", "Ann Pike, 34, of Market Rasen, said she had waited six hours.", "Ann Pike", ""},
		{"a town and county", "Tom Hale, of Ashby, Leicestershire, told the court he was innocent.", "Tom Hale", ""},
		{"a street is an address", "Mary Lowe, of Mill Street, said the flooding began at dawn.", "Mary Lowe", ""},
		{"a country", "Keith Ross, of New Zealand, won the final.", "Keith Ross", ""},
		{"the capital", "Paul Amadi, of the capital, said fuel had run out.", "Paul Amadi", ""},
		{"of course", "Ella Hart, of course, denied the claim.", "Ella Hart", ""},
		{"a family", "Rob Weir, of the Weir family, said they were relieved.", "Rob Weir", ""},

		{"as an office", "As chief financial officer, Lena Moss will oversee the bank's cost cuts.", "Lena Moss", "chief financial officer"},
		{"as a role with its body", "As head of the inquiry, Colin Bray has the power to call witnesses.", "Colin Bray", "head of the inquiry"},
		{"as a one-word office", "As chairman, Victor Lund will lead the board's review.", "Victor Lund", "chairman"},
		{"as an acronym office", "As an MP, Sarah Quinn backed the bypass.", "Sarah Quinn", "MP"},
		{"as a party office", "As Labour leader, Neil Forde faced a revolt over tuition fees.", "Neil Forde", "Labour leader"},
		{"as a child", "As a child, Mary Holt lived in Accra.", "Mary Holt", ""},
		{"as expected", "As expected, Ian Marsh won the seat.", "Ian Marsh", ""},
		{"as well as", "As well as writing novels, Jo Penn teaches law.", "Jo Penn", ""},
		{"as a clause", "As the minister left, Kate Rudd shouted at him.", "Kate Rudd", ""},
		{"as a mother", "As a mother of three, Zoe Cole knows the cost of childcare.", "Zoe Cole", ""},
		{"as a dated office", "As governor of the state in 1998, Carl Webb signed the bill.", "Carl Webb", ""},
		{"as a then office", "As then mayor, Ruth Bale closed the library.", "Ruth Bale", ""},
		{"as an investor", "As an investor, Hal Brandt has backed three airlines.", "Hal Brandt", "investor"},
		{"as a result", "As a result, Ben Sharp resigned.", "Ben Sharp", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			found := false
			for _, p := range c.People {
				if p.Name != tt.who {
					continue
				}
				found = true
				if p.Role != tt.role {
					t.Errorf("role of %s = %q, want %q", p.Name, p.Role, tt.role)
				}
			}
			if !found {
				t.Errorf("%s not found in %+v", tt.who, c.People)
			}
		})
	}
}
