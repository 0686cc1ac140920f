package fr.cpts.funding.aci;

import fr.cpts.funding.FundingRefusal;
import java.util.List;

/** The year's amounts exceed a binding ceiling of the bracket (plafond de la tranche); each reason names it. */
public class CeilingExceeded extends FundingRefusal {

    CeilingExceeded(List<String> reasons) {
        super(reasons);
    }
}
