package fr.cpts.persistence.payment;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.payment.PaymentOrder;
import fr.cpts.domain.payment.PaymentOrderState;
import fr.cpts.domain.payment.PaymentSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How an order is read: the columns of {@code payment_order o} with its payment {@code p} (left joined). */
final class PaymentOrderRows {

    static final String COLUMNS =
            "o.id, o.cpts_id, o.line_key, o.source, o.subsidy_request_id, o.contract_year, o.due_on,"
                    + " o.label, o.beneficiary, o.amount, o.regularisation, o.state, o.suspended_reason, p.paid_on,"
                    + " p.accounting_reference";

    static final String FROM = "from payment_order o left join payment p on p.order_id = o.id";

    private PaymentOrderRows() {}

    static PaymentOrder read(ResultSet row) throws SQLException {
        long subsidy = row.getLong("subsidy_request_id");
        Long subsidyRequest = row.wasNull() ? null : subsidy;
        Date paidOn = row.getDate("paid_on");
        return new PaymentOrder(
                row.getLong("id"),
                new CptsId(row.getLong("cpts_id")),
                row.getString("line_key"),
                PaymentSource.valueOf(row.getString("source")),
                subsidyRequest,
                row.getInt("contract_year"),
                row.getDate("due_on").toLocalDate(),
                row.getString("label"),
                row.getString("beneficiary"),
                row.getBigDecimal("amount"),
                row.getBoolean("regularisation"),
                PaymentOrderState.valueOf(row.getString("state")),
                paidOn == null ? null : paidOn.toLocalDate(),
                row.getString("accounting_reference"),
                row.getString("suspended_reason"));
    }
}
