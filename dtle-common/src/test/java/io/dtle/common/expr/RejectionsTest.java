package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a condition is refused when it is parsed: the message quotes it, says what is wrong and what to do. */
class RejectionsTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void refusesWithAMessageSayingWhatIsWrongAndWhatToDo(String expression, String expected) {
        assertThatThrownBy(() -> WhereExpression.parse(expression))
                .isInstanceOf(WhereException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Where condition \"" + expression + "\" cannot be used: ")
                .hasMessageContaining(expected);
    }

    static Stream<Arguments> rejected() {
        return ExpressionTesting.cases("""
                # syntax
                a < => it is not valid MySQL syntax (nothing valid follows a); check operators, parentheses and quotes
                a = 5 AND => it is not valid MySQL syntax (nothing valid follows a = 5)
                (a = 1 => it is not valid MySQL syntax
                a = 1) OR (1 = 1 => nothing valid follows a = 1
                a = 1; DROP TABLE t => nothing valid follows a = 1
                a = 'x => a string starting with ' is not closed; close it with ', doubling any ' inside it
                a = `x => a quoted name starting with ` is not closed
                a = 1 /* open => a /* comment is not closed; close it with */ or remove it
                a = 1 -- comment => it contains a -- comment, which would comment out the rest of the snapshot query
                a = 1 # comment => it contains a # comment
                a = --1 => MySQL reads as two minus signs but most SQL tools read as a comment; write - (-x) instead
                a = 1 /*! OR 1=1 */ => it contains a MySQL executable comment or optimizer hint (/*!...*/); remove it
                # non-deterministic functions
                NOW() > a => NOW() gives a different result each time and place it runs, so the snapshot and the binlog would filter differently; write the value as a constant
                a > CURRENT_TIMESTAMP => CURRENT_TIMESTAMP gives a different result
                a > CURRENT_TIMESTAMP() => CURRENT_TIMESTAMP() gives a different result
                a > CURRENT_DATE => CURRENT_DATE gives a different result
                a > SYSDATE() => SYSDATE() gives a different result
                a > sysdate => SYSDATE gives a different result
                a > LOCALTIME => LOCALTIME gives a different result
                a > UTC_TIMESTAMP() => UTC_TIMESTAMP() gives a different result
                a > UNIX_TIMESTAMP() => UNIX_TIMESTAMP() gives a different result
                a < RAND() => RAND() gives a different result
                a = UUID() => UUID() gives a different result
                a = UUID_SHORT() => UUID_SHORT() gives a different result
                a = CONNECTION_ID() => CONNECTION_ID() gives a different result
                a = USER() => USER() gives a different result
                a = CURRENT_USER => CURRENT_USER gives a different result
                # subqueries and variables
                a = (SELECT 1) => it contains a subquery ((SELECT 1)); a Where condition can only read the columns of the row itself
                a IN (SELECT b FROM t) => it contains a subquery
                EXISTS (SELECT 1) => it contains a subquery
                a = ANY (SELECT 1) => it contains a subquery
                a = @x => it uses the variable @x; variables differ between the snapshot connection and the binlog reader
                a = @@version => it uses the variable @@version
                @x := 1 => it assigns a user variable
                a = ? => it contains the placeholder ?; write the value into the condition
                a = :x => it contains the placeholder :x
                # functions
                FOO(a) = 1 => FOO() is not a function dtle supports; use one of ABS, CASE, CAST
                LEFT(a, 2) = 'x' => LEFT() is not a function dtle supports
                a.b() = 1 => a.b() is not a function call dtle supports
                COUNT(*) > 1 => COUNT() is an aggregate function; a row filter looks at one row at a time
                SUM(a) > 1 => SUM() is an aggregate function
                IF(a, 1) = 1 => IF() takes 3 arguments, not 2; correct the call
                IFNULL(a) = 1 => IFNULL() takes 2 arguments, not 1
                SUBSTRING(a) = 'x' => SUBSTRING() takes 2 or 3 arguments, not 1
                CONCAT() = 'x' => CONCAT() takes at least 1 arguments, not 0
                EXTRACT(YEAR FROM a) = 2024 => "EXTRACT(YEAR FROM a)" is not supported in a Where condition; use columns, constants
                CONVERT(a, SIGNED) = 1 => write CAST(x AS type) instead of CONVERT
                CAST(a AS JSON) = 1 => CAST to JSON is not supported; cast to one of SIGNED, UNSIGNED, DECIMAL(p,s)
                CAST(a AS INT) = 1 => CAST to INT is not supported
                CAST(a AS DECIMAL(70, 2)) = 1 => needs a precision from 1 to 65 and a scale from 0 to 30
                CAST(a AS DECIMAL(5, 6)) = 1 => needs a precision from 1 to 65 and a scale from 0 to 30
                CAST(a AS DATETIME(7)) = 1 => takes a precision from 0 to 6
                CAST(a AS SIGNED(3)) = 1 => takes no length
                a::int = 1 => "a::int" is not supported
                DATE 'x' = a => DATE 'x' is not a valid DATE literal; correct the value
                # operators and literals
                a REGEXP 'x' => REGEXP is not supported; use LIKE with % and _
                a RLIKE 'x' => RLIKE is not supported
                a ILIKE 'x' => ILIKE is not supported
                a LIKE 'x' ESCAPE 'ab' => the ESCAPE of LIKE must be a single character in quotes
                a LIKE 'x' ESCAPE b => the ESCAPE of LIKE must be a single character in quotes
                a IN () => IN () has an empty list; list at least one value
                a & 1 => bit operators (a & 1) are not supported
                ~a => bit operators (~a) are not supported
                a << 1 => bit operators
                (a, b) = (1, 2) => row values such as (a, b) are not supported; compare one column at a time
                a + INTERVAL 1 DAY > b => INTERVAL arithmetic (INTERVAL 1 DAY) is not supported
                a COLLATE utf8mb4_bin = 'x' => COLLATE is not supported; strings compare under the job's Where collation (default utf8mb4_0900_ai_ci)
                a = 0x1F => hexadecimal literals (0x1F) are not supported; write a string or a number
                a = X'1F' => hexadecimal literals
                a = b'101' => B'101' literals are not supported
                a -> '$.x' = 1 => is not supported in a Where condition
                a IS DISTINCT FROM b => is not supported in a Where condition
                t.a = 1 => the column t.a is qualified with a table name; write the column name alone: a
                """);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void refusesAnEmptyCondition(String expression) {
        assertThatThrownBy(() -> WhereExpression.parse(expression))
                .isInstanceOf(WhereException.class)
                .hasMessageEndingWith("it is empty; write a condition such as a > 5, or leave the setting out to keep every row.");
    }
}
