-- Ordinance 2021-584 (article L. 1434-12-1 of the code de la santé publique): a CPTS whose seat is in Bas-Rhin,
-- Haut-Rhin or Moselle may be an association of local law (articles 21 to 79-3 of the local civil code); the domain
-- checks the seat.
alter table cpts_profile drop constraint cpts_profile_legal_form_check;
alter table cpts_profile add constraint cpts_profile_legal_form_check
    check (legal_form in ('ASSOCIATION_LOI_1901', 'ASSOCIATION_DROIT_LOCAL', 'SISA', 'GIE', 'GCS', 'COOPERATIVE', 'OTHER'));
